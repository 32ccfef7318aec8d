package org.example.gov.hotline.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Map;

/**
 * One month's figures for a region (its tickets and those of the regions below it) or for one department (the tickets
 * it leads), over the tickets received in that month (Asia/Shanghai). Each rate is its numerator over its denominator,
 * both given, and null when the denominator is zero:
 *
 * <ul>
 * <li><b>direct-answer rate</b> (直接答复率) = directly answered / all tickets;</li>
 * <li><b>on-time completion rate</b> (按时办结率) = closed no later than the ticket's current deadline (an approved
 * extension moves it) / tickets with a deadline that are closed or already past it — an open ticket not yet due is not
 * counted yet, an open one past due counts as late;</li>
 * <li><b>return rate</b> (退单率) = tickets returned at least once / tickets dispatched;</li>
 * <li><b>call-back rate</b> (回访率) = replied tickets called back at least once / replied tickets;</li>
 * <li><b>satisfaction rate</b> (满意率) = tickets whose last call-back was satisfied (or basically satisfied) / tickets
 * whose last call-back gave a rating — unreachable call-backs are excluded, not counted as unsatisfied;</li>
 * <li><b>redo count</b> (重办次数) = reopenings after unsatisfied call-backs, summed.</li>
 * </ul>
 */
public record MonthlyFigures(YearMonth month, String region, String department, long total, Map<String, Long> byType,
        Map<String, Long> byChannel, long directlyAnswered, BigDecimal directAnswerRate, long onTime, long assessedOnTime,
        BigDecimal onTimeRate, long returned, long dispatched, BigDecimal returnRate, long calledBack, long replied,
        BigDecimal callBackRate, long satisfied, long rated, long unreachable, BigDecimal satisfactionRate,
        long redoCount) {

    /** numerator / denominator to four decimals (0.9983 = 99.83 %), null when nothing was counted. */
    public static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
