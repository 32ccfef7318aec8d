package org.example.gov.trading.tender;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The configurable rules of tendering: the periods per track, the deposit's ceiling as a share of the estimate or
 * budget (实施条例 第26条 / 政府采购法实施条例 第33条: 2%), the default decryption window of a lot, and the least number
 * of bids for an opening (招标投标法 第28条: fewer than 3 → 重新招标).
 */
public record TenderPolicy(PeriodRules construction, PeriodRules procurement, BigDecimal maxDepositRate,
        Duration defaultDecryptionWindow, int minBidsToOpen) {

    public static final TenderPolicy DEFAULT = new TenderPolicy(PeriodRules.CONSTRUCTION,
            PeriodRules.GOVERNMENT_PROCUREMENT, new BigDecimal("0.02"), Duration.ofMinutes(30), 3);

    public PeriodRules rules(Track track) {
        return track == Track.CONSTRUCTION ? construction : procurement;
    }
}
