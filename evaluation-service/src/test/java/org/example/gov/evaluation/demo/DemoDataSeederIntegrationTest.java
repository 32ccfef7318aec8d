package org.example.gov.evaluation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.evaluation.invitation.InvitationService;
import org.example.gov.evaluation.onsite.OccurrenceService;
import org.example.gov.evaluation.rectification.RectificationService;
import org.example.gov.evaluation.statistics.DailyRollupRepository;
import org.example.gov.evaluation.statistics.Dimension;
import org.example.gov.evaluation.statistics.StatisticsPeriod;
import org.example.gov.evaluation.statistics.StatisticsRepository;
import org.example.gov.evaluation.statistics.StatisticsRollup;
import org.example.gov.evaluation.statistics.StatisticsTestContext;

import org.example.gov.platform.calendar.CalendarReplica;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestTokens;

/**
 * The demo data: every channel, bad reviews in every ticket state, and not started without the property. Also the
 * statistics benchmark on a province-sized month: {@code -Dbench.ratings=1000000} (skipped otherwise); it prints
 * BENCH lines (load, live aggregation, roll-up, statistics from the rollup).
 */
@StatisticsTestContext // the benchmark rolls the month up itself, the scheduled roll-up stays idle
class DemoDataSeederIntegrationTest {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    InvitationService invitationService;

    @Autowired
    OccurrenceService occurrenceService;

    @Autowired
    RectificationService rectificationService;

    @Autowired
    CalendarReplica replica;

    @Autowired
    StatisticsRepository live;

    @Autowired
    StatisticsRollup rollup;

    @Autowired
    DailyRollupRepository rollups;

    @LocalServerPort
    int port;

    @Test
    void demoDataCoverEveryChannelAndEveryTicketStateAndNeedTheProperty() {
        assertThat(context.getBeansOfType(DemoDataSeeder.class)).isEmpty(); // off unless demo-seed=true
        DemoDataSeeder seeder = new DemoDataSeeder(jdbcTemplate, Clock.systemUTC(), replica, 0, Duration.ofDays(15), 5);
        long before = jdbc.sql("SELECT COUNT(*) FROM rating").query(Long.class).single();

        DemoDataSeeder.Summary summary = seeder.seed(6000, 180, Instant.now(), new Random(7)); // > 500 steps: flush order

        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating").query(Long.class).single() - before).isEqualTo(6000);
        assertThat(summary.bad()).isEqualTo(summary.tickets()).isGreaterThan(40);
        assertThat(jdbc.sql("SELECT DISTINCT channel FROM rating WHERE rater_id LIKE 'demo-%'").query(String.class).list())
                .containsExactlyInAnyOrder("WINDOW_DEVICE", "QR_CODE", "WEB", "APP", "SMS", "HOTLINE", "TERMINAL");
        assertThat(jdbc.sql("SELECT DISTINCT status FROM rectification_ticket WHERE rater_id LIKE 'demo-%'")
                .query(String.class).list())
                .containsExactlyInAnyOrder("OPEN", "IN_RECTIFICATION", "FEEDBACK_PENDING", "APPEALED", "CLOSED");
        assertThat(jdbc.sql("SELECT DISTINCT resolution FROM rectification_ticket WHERE rater_id LIKE 'demo-%' AND resolution IS NOT NULL")
                .query(String.class).list())
                .containsExactlyInAnyOrder("SATISFIED", "BASICALLY_SATISFIED", "UNRESOLVED", "APPEAL_UPHELD");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rectification_ticket WHERE rater_id LIKE 'demo-%' AND overdue")
                .query(Long.class).single()).isPositive();
        // due dates as a real ticket's: 5 working days on the region's calendar (e.g. National Day skipped)
        assertThat(jdbc.sql("""
                SELECT opened_at, region, due_date, due_date_provisional FROM rectification_ticket
                WHERE rater_id LIKE 'demo-%'""").query((rs, n) -> {
                    var counted = replica.calendar(rs.getString("region"))
                            .plusWorkingDays(ShanghaiDate.of(rs.getTimestamp("opened_at").toInstant()), 5);
                    return counted.date().equals(rs.getDate("due_date").toLocalDate())
                            && counted.provisional() == rs.getBoolean("due_date_provisional");
                }).list()).isNotEmpty().containsOnly(true);
        // an upheld appeal's rating is kept, out of the bad-review rate
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM rectification_ticket t JOIN rating r ON r.id = t.rating_id
                WHERE t.resolution = 'APPEAL_UPHELD' AND NOT r.excluded_from_bad_rate""").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT DATE_FORMAT(rated_at, '%Y-%m')) FROM rating WHERE rater_id LIKE 'demo-%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitation WHERE status = 'EXPIRED' AND applicant_id LIKE 'demo-%'")
                .query(Long.class).single()).isPositive();

        // started again (a second start of the local platform): nothing more
        long seeded = jdbc.sql("SELECT COUNT(*) FROM rating").query(Long.class).single();
        new DemoDataSeeder(jdbcTemplate, Clock.systemUTC(), replica, 500, Duration.ofDays(15), 5).run(null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating").query(Long.class).single()).isEqualTo(seeded);
    }

    /**
     * Benchmark, not a test of a rule: loads N ratings into one month, times the live aggregation of the month, rolls
     * the month up (as the scheduled job does, called directly here) and times the monthly statistics, then again
     * with three changed days (aggregated live until the job rolls them up again). The scheduled job stays idle
     * here: run alongside the load it rolls every day of the month up again and again while rows keep arriving.
     */
    @Test
    @EnabledIfSystemProperty(named = "bench.ratings", matches = "\\d+")
    void monthlyStatisticsOnAProvinceSizedMonth() {
        int n = Integer.parseInt(System.getProperty("bench.ratings"));
        Instant monthEnd = Instant.parse("2024-01-31T15:00:00Z");
        StatisticsPeriod month = StatisticsPeriod.month(YearMonth.of(2024, 1));
        long loadStart = System.nanoTime();
        new DemoDataSeeder(jdbcTemplate, Clock.systemUTC(), replica, 0, Duration.ofDays(15), 5).seed(n, 30, monthEnd, new Random(1));
        System.out.printf("BENCH loaded %d ratings in %.1f s%n", n, (System.nanoTime() - loadStart) / 1e9);
        // the month lies years back: the service's own jobs would now expire its unused invitations and window
        // services and flag its overdue tickets, a few minutes after the load. Done here, so the month no longer
        // changes (and stays rolled up) while it is timed.
        long settleStart = System.nanoTime();
        Instant now = Instant.now();
        int settled = invitationService.expireDue(now) + occurrenceService.expireDue(now);
        for (int overdue; (overdue = rectificationService.scanOverdue(now)) > 0;) {
            settled += overdue;
        }
        jdbcTemplate.execute("ANALYZE TABLE rating, invitation, service_occurrence, rectification_ticket");
        System.out.printf("BENCH expired or flagged overdue %d rows in %.1f s%n", settled,
                (System.nanoTime() - settleStart) / 1e9);

        for (Dimension by : Dimension.values()) {
            long start = System.nanoTime();
            int rows = live.counts(by, month.start(), month.end(), null).size();
            System.out.printf("BENCH live aggregation by %-10s %6d ms  (%d source rows, no rollup)%n", by,
                    (System.nanoTime() - start) / 1_000_000, rows);
        }

        long rollStart = System.nanoTime();
        int rolled = 0;
        for (LocalDate day = month.from(); !day.isAfter(month.to().plusDays(2)); day = day.plusDays(1)) {
            rolled += rollup.roll(day) ? 1 : 0;
        }
        System.out.printf("BENCH rolled up %d day(s) in %.1f s%n", rolled, (System.nanoTime() - rollStart) / 1e9);
        assertThat(rollups.cleanDays(month.from(), month.to())).hasSize(31);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stats_day WHERE day BETWEEN '2024-01-01' AND '2024-01-31'")
                .query(Long.class).single()).isPositive();

        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String supervisor = TestTokens.shared().mint("sup1", "440300", null, "SUPERVISOR");
        for (String by : new String[] {"DEPARTMENT", "DEPARTMENT", "DEPARTMENT", "HALL", "ITEM", "STAFF", "CHANNEL", "MONTH"}) {
            ApiClient.Response r = api.get("/api/evaluations/statistics?month=2024-01&by=" + by, supervisor).expect(200);
            System.out.printf("BENCH monthly statistics by %-10s %6d ms  ratings=%d services=%d%n", by,
                    r.elapsed().toMillis(), r.body().path("total").path("ratings").asLong(),
                    r.body().path("total").path("services").asLong());
            assertThat(r.body().path("total").path("ratings").asLong()).isGreaterThanOrEqualTo(n * 9L / 10);
        }

        // three days changed since their roll-up (a write that changes nothing still marks its day)
        for (int d : new int[] {10, 20, 30}) {
            StatisticsPeriod day = new StatisticsPeriod(LocalDate.of(2024, 1, d), LocalDate.of(2024, 1, d));
            jdbc.sql("UPDATE rating SET level = level WHERE rated_at >= :from AND rated_at < :to LIMIT 1")
                    .param("from", Timestamp.from(day.start())).param("to", Timestamp.from(day.end())).update();
        }
        for (String by : new String[] {"DEPARTMENT", "DEPARTMENT", "STAFF", "MONTH"}) {
            int changed = 31 - rollups.cleanDays(month.from(), month.to()).size();
            ApiClient.Response r = api.get("/api/evaluations/statistics?month=2024-01&by=" + by, supervisor).expect(200);
            System.out.printf("BENCH monthly statistics by %-10s %6d ms  with %d changed day(s) aggregated live%n", by,
                    r.elapsed().toMillis(), changed);
        }
    }
}
