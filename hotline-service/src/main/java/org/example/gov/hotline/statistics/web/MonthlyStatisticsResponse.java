package org.example.gov.hotline.statistics.web;

import java.math.BigDecimal;
import java.util.Map;

import org.example.gov.hotline.statistics.MonthlyFigures;

/**
 * One month's figures (see {@link MonthlyFigures} for each definition): every rate with its numerator and denominator,
 * the rate null when nothing was counted.
 */
public record MonthlyStatisticsResponse(String month, String region, String department, Volume volume, Rate directAnswer,
        Rate onTimeCompletion, Rate returns, Rate callBack, Satisfaction satisfaction, long redoCount) {

    static MonthlyStatisticsResponse of(MonthlyFigures f) {
        return new MonthlyStatisticsResponse(f.month().toString(), f.region(), f.department(),
                new Volume(f.total(), f.byType(), f.byChannel()),
                new Rate(f.directlyAnswered(), f.total(), f.directAnswerRate()),
                new Rate(f.onTime(), f.assessedOnTime(), f.onTimeRate()),
                new Rate(f.returned(), f.dispatched(), f.returnRate()),
                new Rate(f.calledBack(), f.replied(), f.callBackRate()),
                new Satisfaction(f.satisfied(), f.rated(), f.unreachable(), f.satisfactionRate()), f.redoCount());
    }

    /** Tickets received in the month, by type and by channel. */
    public record Volume(long total, Map<String, Long> byType, Map<String, Long> byChannel) {
    }

    /** count / of, to four decimals. */
    public record Rate(long count, long of, BigDecimal rate) {
    }

    /** satisfied / rated; unreachable call-backs are counted apart and excluded from the rate. */
    public record Satisfaction(long satisfied, long rated, long unreachable, BigDecimal rate) {
    }
}
