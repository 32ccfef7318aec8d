package org.example.gov.trading.tender.config;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * platform.trading.tender: the tendering rules an operator may change (each null keeps the law's default, see
 * {@code TenderPolicy.DEFAULT} and {@code PeriodRules}).
 */
@ConfigurationProperties("platform.trading.tender")
public record TenderProperties(Periods construction, Periods procurement, BigDecimal maxDepositRate,
        Duration defaultDecryptionWindow, Integer minBidsToOpen) {

    /** One track's periods; null = the default. */
    public record Periods(Integer minDaysToDeadline, Integer minDocumentDays, Integer minAnnouncementWorkingDays,
            Integer amendmentMinDays, Integer objectionMinDaysBeforeDeadline, Integer objectionAnswerDays,
            Integer objectionWindowWorkingDays) {
    }
}
