package org.example.gov.trading.tender.config;

import java.time.Clock;
import java.util.List;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.trading.tender.AnnouncementCheck;
import org.example.gov.trading.tender.DownloadRegister;
import org.example.gov.trading.tender.PeriodRules;
import org.example.gov.trading.tender.ProjectRepository;
import org.example.gov.trading.tender.TenderPolicy;
import org.example.gov.trading.tender.TenderService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The tender policy from {@link TenderProperties} (what is not configured keeps the law's value) and the service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenderProperties.class)
class TenderConfiguration {

    @Bean
    TenderPolicy tenderPolicy(TenderProperties p) {
        TenderPolicy d = TenderPolicy.DEFAULT;
        return new TenderPolicy(rules(p.construction(), d.construction()), rules(p.procurement(), d.procurement()),
                p.maxDepositRate() == null ? d.maxDepositRate() : p.maxDepositRate(),
                p.defaultDecryptionWindow() == null ? d.defaultDecryptionWindow() : p.defaultDecryptionWindow(),
                p.minBidsToOpen() == null ? d.minBidsToOpen() : p.minBidsToOpen());
    }

    @Bean
    TenderService tenderService(ProjectRepository projects, DownloadRegister downloads, CalendarReplica calendars,
            TenderPolicy policy, Outbox outbox, TransactionTemplate transactions, Clock clock, AuditTrail audit,
            BlindIndex tags, PersonalDataCipher cipher, List<AnnouncementCheck> announcementChecks) {
        return new TenderService(projects, downloads, calendars, policy, outbox, transactions, clock, audit, tags, cipher,
                announcementChecks);
    }

    static PeriodRules rules(TenderProperties.Periods p, PeriodRules d) {
        if (p == null) {
            return d;
        }
        return new PeriodRules(or(p.minDaysToDeadline(), d.minDaysToDeadline()),
                or(p.minDocumentDays(), d.minDocumentDays()), d.documentDaysAreWorkingDays(),
                or(p.minAnnouncementWorkingDays(), d.minAnnouncementWorkingDays()),
                or(p.amendmentMinDays(), d.amendmentMinDays()),
                or(p.objectionMinDaysBeforeDeadline(), d.objectionMinDaysBeforeDeadline()),
                or(p.objectionAnswerDays(), d.objectionAnswerDays()), d.objectionAnswerDaysAreWorkingDays(),
                or(p.objectionWindowWorkingDays(), d.objectionWindowWorkingDays()), d.objectionPausesProcedure());
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
