package org.example.gov.hotline.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.stereotype.Service;

/**
 * The monthly figures, scoped: supervisors and the centre's agents for their region and the regions below it (any
 * department there), a department (HOTLINE_HANDLER) for itself only. Anything else answers 403.
 */
@Service
public class StatisticsService {

    static final Set<Role> REGION_READERS = Set.of(Role.SUPERVISOR, Role.HOTLINE_AGENT);

    private final StatisticsRepository statistics;
    private final Clock clock;

    public StatisticsService(StatisticsRepository statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /** {@code department} null: the region's tickets; otherwise the tickets led by that department of {@code region}. */
    public MonthlyFigures monthly(YearMonth month, RegionCode region, String department, Actor actor) {
        boolean regional = ScopePolicy.actsAsStaff(actor, REGION_READERS);
        if (regional ? !ScopePolicy.of(actor, REGION_READERS).covers(region.value(), null)
                : !ownDepartment(actor, region, department)) {
            throw new ForbiddenException("STATISTICS_OUT_OF_SCOPE", "region",
                    "Statistics cover your region (and below) or your own department only");
        }
        String dept = regional ? department : actor.department();
        List<StatisticsRepository.Cell> cells = statistics.cells(
                month.atDay(1).atStartOfDay(ShanghaiDate.ZONE).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(ShanghaiDate.ZONE).toInstant(), region.prefix(),
                region.value(), dept, clock.instant());
        long direct = sum(cells, StatisticsRepository.Cell::direct);
        long total = sum(cells, StatisticsRepository.Cell::total);
        long onTime = sum(cells, StatisticsRepository.Cell::onTime);
        long assessed = sum(cells, StatisticsRepository.Cell::assessed);
        long returned = sum(cells, StatisticsRepository.Cell::returned);
        long dispatched = sum(cells, StatisticsRepository.Cell::dispatched);
        long calledBack = sum(cells, StatisticsRepository.Cell::calledBack);
        long replied = sum(cells, StatisticsRepository.Cell::replied);
        long satisfied = sum(cells, StatisticsRepository.Cell::satisfied);
        long rated = sum(cells, StatisticsRepository.Cell::rated);
        return new MonthlyFigures(month, region.value(), dept, total, by(cells, StatisticsRepository.Cell::type),
                by(cells, StatisticsRepository.Cell::channel), direct, MonthlyFigures.rate(direct, total), onTime,
                assessed, MonthlyFigures.rate(onTime, assessed), returned, dispatched,
                MonthlyFigures.rate(returned, dispatched), calledBack, replied, MonthlyFigures.rate(calledBack, replied),
                satisfied, rated, sum(cells, StatisticsRepository.Cell::unreachable),
                MonthlyFigures.rate(satisfied, rated), sum(cells, StatisticsRepository.Cell::redo));
    }

    /** A department reads its own figures: its region, its name (or none, meaning its own). */
    private static boolean ownDepartment(Actor actor, RegionCode region, String department) {
        return actor.has(Role.HOTLINE_HANDLER) && actor.department() != null && !actor.department().isBlank()
                && region.value().equals(actor.region())
                && (department == null || department.equals(actor.department()));
    }

    private static long sum(List<StatisticsRepository.Cell> cells, ToLongFunction<StatisticsRepository.Cell> f) {
        return cells.stream().mapToLong(f).sum();
    }

    private static Map<String, Long> by(List<StatisticsRepository.Cell> cells,
            Function<StatisticsRepository.Cell, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        cells.forEach(c -> counts.merge(key.apply(c), c.total(), Long::sum));
        return counts;
    }
}
