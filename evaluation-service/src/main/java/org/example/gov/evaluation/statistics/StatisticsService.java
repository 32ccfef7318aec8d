package org.example.gov.evaluation.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.gov.evaluation.statistics.config.StatisticsRegions;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评 statistics for supervisors and for publication; see {@link Figures} for the definitions. The days of the
 * period whose daily rollup is exact (rolled up and unchanged since, see {@link StatisticsRollup}) are read from the
 * rollup, every other day (today, a changed day, a day never rolled up) is aggregated live from the base tables.
 */
@Service
public class StatisticsService {

    /** The roles whose scope a staff report counts (only supervisors read these figures). */
    static final Set<Role> SUPERVISION = EnumSet.of(Role.SUPERVISOR);

    private final StatisticsRepository live;
    private final DailyRollupRepository rollups;
    private final GoodLevelPolicy policy;

    public StatisticsService(StatisticsRepository live, DailyRollupRepository rollups,
            @Value("${platform.evaluation.statistics.level-three-good:true}") boolean levelThreeGood,
            StatisticsRegions regions) {
        this.live = live;
        this.rollups = rollups;
        this.policy = new GoodLevelPolicy(levelThreeGood, regions.levelThreeGoodRegions());
    }

    /**
     * The groups (sorted by key, a missing key last) and their total. One snapshot for every read (repeatable read,
     * stated because exactness rests on it): a day counts as rolled up exactly when its rollup and the absence of
     * change marks are seen together, and a change committed after that snapshot is in neither part.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report report(StatisticsPeriod period, Dimension by, Coverage coverage) {
        Set<LocalDate> rolledUp = rollups.cleanDays(period.from(), period.to()); // the first read: the snapshot
        List<GroupCounts> rows = new ArrayList<>(rollups.counts(by, rolledUp, coverage));
        for (StatisticsPeriod run : period.runsWithout(rolledUp)) {
            rows.addAll(live.counts(by, run.start(), run.end(), coverage));
        }
        return Report.of(period, by, coverage.region(), rows, policy);
    }

    /**
     * A supervisor's figures: only what their scope covers, their region and every region below it (a provincial
     * supervisor at 440000 sees the province); {@code region} narrows further. A region outside the scope counts
     * nothing, it is not refused: the figures say nothing about whether it has any.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report supervised(StatisticsPeriod period, Dimension by, String region, Actor supervisor) {
        return report(period, by, Coverage.within(ScopePolicy.of(supervisor, SUPERVISION), region));
    }

    /** The published figures: public, every region (or the requested one). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report published(StatisticsPeriod period, Dimension by, String region) {
        return report(period, by, Coverage.everywhere(region));
    }

    public GoodLevelPolicy policy() {
        return policy;
    }

    public record Report(StatisticsPeriod period, Dimension by, String region, List<Figures> groups, Figures total) {

        /** The figures of the rows merged per key (whatever the region and source), sorted, and their total. */
        static Report of(StatisticsPeriod period, Dimension by, String region, List<GroupCounts> rows,
                GoodLevelPolicy policy) {
            Map<String, Figures> groups = new LinkedHashMap<>(); // a null key (e.g. no hall) is a group of its own
            for (GroupCounts row : rows) {
                groups.merge(row.key(), row.figures(policy), Figures::plus);
            }
            List<Figures> sorted = new ArrayList<>(groups.values());
            sorted.sort(Comparator.comparing(Figures::key, Comparator.nullsLast(Comparator.naturalOrder())));
            Figures total = sorted.stream().reduce(Figures.empty("TOTAL"), Figures::plus).withKey("TOTAL");
            return new Report(period, by, region, sorted, total);
        }
    }
}
