package org.example.gov.cases.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The figures every centre reports, for one group: cases per stage, 按期办结率 (on time / completed), 提前办结率
 * (early / completed), 即办率 (instant / completed), overdue count, 一网通办率 (fully online / completed). Rates are
 * null when nothing was completed (no rate, rather than a fake 0 % or 100 %).
 */
public record CaseStatistics(String group, long total, Map<String, Long> byStage, long completed, long onTime,
        long early, long overdue, long instant, long fullyOnline, BigDecimal onTimeRate, BigDecimal earlyRate,
        BigDecimal instantRate, BigDecimal fullyOnlineRate) {

    static CaseStatistics of(String group, long total, Map<String, Long> byStage, long completed, long onTime, long early,
            long overdue, long instant, long fullyOnline) {
        return new CaseStatistics(group, total, Map.copyOf(byStage), completed, onTime, early, overdue, instant,
                fullyOnline, rate(onTime, completed), rate(early, completed), rate(instant, completed),
                rate(fullyOnline, completed));
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
