package org.example.gov.evaluation.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.problem.BusinessRuleViolationException;

/** A period of whole days on the Beijing calendar, {@code from} to {@code to} inclusive; at most ~3 years. */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final long MAX_DAYS = 1100;

    public StatisticsPeriod {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new BusinessRuleViolationException("INVALID_PERIOD", "from",
                    "from must be on or before to, at most " + MAX_DAYS + " days apart", from + ".." + to);
        }
    }

    public static StatisticsPeriod month(YearMonth month) {
        return new StatisticsPeriod(month.atDay(1), month.atEndOfMonth());
    }

    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The maximal runs of consecutive days of this period that are not in {@code days}, in order. */
    public List<StatisticsPeriod> runsWithout(Set<LocalDate> days) {
        List<StatisticsPeriod> runs = new ArrayList<>();
        LocalDate runStart = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (days.contains(d)) {
                if (runStart != null) {
                    runs.add(new StatisticsPeriod(runStart, d.minusDays(1)));
                    runStart = null;
                }
            } else if (runStart == null) {
                runStart = d;
            }
        }
        if (runStart != null) {
            runs.add(new StatisticsPeriod(runStart, to));
        }
        return runs;
    }
}
