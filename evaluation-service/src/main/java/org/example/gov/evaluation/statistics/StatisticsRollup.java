package org.example.gov.evaluation.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls the statistics of whole past days up into {@code stats_day} (V4 migration), so a report reads a month's
 * rolled-up rows instead of aggregating a month of ratings. Exact by construction: a day is rolled in one
 * transaction from one snapshot, and only the change marks seen in that snapshot are deleted, so any change the
 * roll-up did not see leaves its mark and the day is aggregated live ({@link StatisticsService}) until it is rolled
 * again. Today is never rolled up (it changes all day long). Safe on several replicas: a day is rolled by one at a
 * time, the others skip it.
 */
@Component
public class StatisticsRollup {

    /** What a day is rolled up by; MONTH is read from the DEPARTMENT rows. */
    static final List<Dimension> ROLLED = List.of(Dimension.DEPARTMENT, Dimension.HALL, Dimension.ITEM,
            Dimension.STAFF, Dimension.CHANNEL);

    private static final Logger log = LoggerFactory.getLogger(StatisticsRollup.class);

    private final StatisticsRepository sources;
    private final DailyRollupRepository rollups;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate snapshotTransaction;
    private final Clock clock;

    public StatisticsRollup(StatisticsRepository sources, DailyRollupRepository rollups,
            PlatformTransactionManager transactions, Clock clock) {
        this.sources = sources;
        this.rollups = rollups;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // a transaction of its own even if called inside one: its snapshot must start after the day's lock
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshotTransaction = new TransactionTemplate(transactions);
        snapshotTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // MariaDB's default, stated because exactness rests on it: every read of the roll-up sees one snapshot
        snapshotTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Rolls up every day before today (Beijing) that changed since its last roll-up; returns how many were rolled. */
    public int rollDue() {
        long start = System.nanoTime();
        int rolled = 0;
        for (LocalDate day : rollups.changedDaysBefore(today())) {
            try {
                if (roll(day)) {
                    rolled++;
                }
            } catch (RuntimeException e) { // e.g. a lock timeout: the day keeps its marks and is retried next time
                log.warn("Statistics roll-up of {} failed, retried on the next run", day, e);
            }
        }
        if (rolled > 0) {
            log.info("Rolled up the statistics of {} day(s) in {} ms", rolled, (System.nanoTime() - start) / 1_000_000);
        }
        return rolled;
    }

    /**
     * Rolls one past day up. False if there is nothing to do: the day is today or later, another replica is rolling
     * it right now (it will leave the marks it did not see), or it has no marks (rolled meanwhile).
     */
    public boolean roll(LocalDate day) {
        if (!day.isBefore(today())) {
            return false;
        }
        ownTransaction.executeWithoutResult(status -> rollups.register(day));
        return Boolean.TRUE.equals(snapshotTransaction.execute(status -> rollLocked(day)));
    }

    private boolean rollLocked(LocalDate day) {
        if (!rollups.lock(day)) {
            return false;
        }
        List<Long> marks = rollups.marks(day); // the first plain read: the snapshot everything below sees
        if (marks.isEmpty()) {
            return false;
        }
        StatisticsPeriod period = new StatisticsPeriod(day, day);
        Map<Dimension, List<GroupCounts>> groups = new EnumMap<>(Dimension.class);
        for (Dimension by : ROLLED) {
            // plain SELECTs run from here, not INSERT ... SELECT: that would be a locking read of the latest rows
            // (not the snapshot the marks were read in), and would block the writers
            Map<GroupCounts.Group, GroupCounts> merged = new LinkedHashMap<>();
            for (GroupCounts row : sources.counts(by, period.start(), period.end(), Coverage.everywhere(null))) {
                merged.merge(row.group(), row, GroupCounts::plus);
            }
            groups.put(by, List.copyOf(merged.values()));
        }
        rollups.replace(day, groups, clock.instant());
        rollups.deleteMarks(marks);
        return true;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), StatisticsPeriod.ZONE);
    }
}
