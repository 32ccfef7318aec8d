package org.example.gov.cases.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.cases.casefile.Act;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseService;
import org.example.gov.cases.casefile.CaseStatus;
import org.example.gov.cases.supervision.SupervisionService;
import org.example.gov.platform.calendar.CalendarReplica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo cases of the local run (~320, every status, over the past two months; see {@link DemoScenarios}):
 * each is built through the aggregate with past {@link Act}s and stored by {@link CaseService#storeNew} in its own
 * transaction, with its history and one outbox event per history entry, like any other case. Then one supervision
 * scan raises the deadline warnings that are due today. Started by {@link DemoCaseSeeding} when
 * {@code platform.cases.demo-seed=true}.
 */
@Component
public class DemoCaseSeeder {

    /** A table with this many cases is not a fresh local run: nothing is seeded (so a restart adds nothing). */
    public static final int THRESHOLD = 50;

    private static final Logger log = LoggerFactory.getLogger(DemoCaseSeeder.class);

    private final DemoCatalogClient catalog;
    private final CaseService cases;
    private final CalendarReplica calendar;
    private final SupervisionService supervision;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCaseSeeder(DemoCatalogClient catalog, CaseService cases, CalendarReplica calendar, SupervisionService supervision,
            TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.catalog = catalog;
        this.cases = cases;
        this.calendar = calendar;
        this.supervision = supervision;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What a run did: the cases stored (ids and count per status), the stories the rules refused (e.g. a due date in
     * a calendar year not loaded), the warnings the scan raised; or why nothing was seeded.
     */
    public record Result(List<String> caseIds, Map<CaseStatus, Integer> byStatus, int failed, int warnings,
            String skipped) {

        static Result skipped(String why) {
            return new Result(List.of(), Map.of(), 0, 0, why);
        }

        public int seeded() {
            return caseIds.size();
        }
    }

    public long storedCases() {
        return jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single();
    }

    /** Seeds unless the table already holds {@value #THRESHOLD} cases or the catalogue has no published item. */
    public synchronized Result seedIfNeeded() {
        long stored = storedCases();
        if (stored >= THRESHOLD) {
            return Result.skipped(stored + " cases already stored");
        }
        List<DemoItem> items = catalog.publishedItems();
        if (items.isEmpty()) {
            return Result.skipped("the catalogue has no published items");
        }
        return seed(items);
    }

    /** Builds and stores every scenario's cases on the given items (unconditionally), then scans for warnings. */
    public synchronized Result seed(List<DemoItem> items) {
        long start = System.nanoTime();
        RegionalCalendars days = calendar.calendars(); // the replica's: the same calendar the service counts on
        Instant now = clock.instant();
        Random random = new Random(ShanghaiDate.of(now).toEpochDay()); // same shape for the same day
        List<String> ids = new ArrayList<>();
        Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        int failed = 0;
        for (DemoScenarios.Scenario scenario : DemoScenarios.ALL) {
            List<DemoItem> fitting = fitting(items, scenario.needs());
            for (int i = 0; i < scenario.count(); i++) {
                DemoItem item = fitting.get(random.nextInt(fitting.size()));
                try {
                    Case c = scenario.story().apply(new DemoStory(item, days, now, random)).build();
                    transactions.executeWithoutResult(tx -> cases.storeNew(c));
                    ids.add(c.id().toString());
                    byStatus.merge(c.status(), 1, Integer::sum);
                } catch (RuntimeException e) {
                    if (failed++ < 5) {
                        log.warn("Demo case '{}' on item {} not seeded: {}", scenario.name(), item.item().code(), e.toString());
                    }
                }
            }
        }
        int warnings = supervision.scan();
        log.info("Demo data: {} cases on {} items ({} refused by the rules), {} deadline warnings, in {} ms: {}",
                ids.size(), items.size(), failed, warnings, (System.nanoTime() - start) / 1_000_000, byStatus);
        return new Result(List.copyOf(ids), Map.copyOf(byStatus), failed, warnings, null);
    }

    /** The items a scenario may use, falling back to broader kinds when the catalogue has none of the kind. */
    private static List<DemoItem> fitting(List<DemoItem> items, DemoScenarios.Needs needs) {
        for (DemoScenarios.Needs n = needs; n != null; n = n.fallback) {
            DemoScenarios.Needs test = n;
            List<DemoItem> fit = items.stream().filter(i -> test.test.test(i)).toList();
            if (!fit.isEmpty()) {
                return fit;
            }
        }
        return items;
    }
}
