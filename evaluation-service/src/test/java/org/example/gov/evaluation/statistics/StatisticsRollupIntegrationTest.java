package org.example.gov.evaluation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.evaluation.invitation.InvitationService;
import org.example.gov.platform.security.Actor;
import org.example.gov.evaluation.rectification.RectificationRepository;
import org.example.gov.evaluation.rectification.RectificationService;
import org.example.gov.evaluation.rectification.RectificationTicket;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily rollup is exact: a report that reads rolled-up days gives the same figures as the live aggregation, a
 * change to a rolled-up day is in the very next report, today is never rolled up, and replicas never roll a day at the
 * same time. Days of their own (2035, 2020) and regions of their own keep other tests' data out; the 2035 days are
 * rolled up by roll-ups with a clock of their own (a scheduled one, on the system clock, never reaches them).
 */
@StatisticsTestContext
class StatisticsRollupIntegrationTest {

    static final String LENIENT = "449921";
    static final String STRICT = "449922"; // 基本满意 is not good there
    static final String CHANGED = "449923";
    static final String DEPARTMENT = "市市场监督管理局";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatisticsService statistics;

    @Autowired
    StatisticsRepository live;

    @Autowired
    DailyRollupRepository rollups;

    @Autowired
    StatisticsRollup scheduledRollup;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    InvitationService invitations;

    @Autowired
    RectificationService rectification;

    @Autowired
    RectificationRepository tickets;

    @Test
    void reportsOverRolledUpDaysGiveTheLiveFiguresForEveryGroupingRegionAndLevelThreePolicy() {
        LocalDate first = LocalDate.of(2035, 2, 25);
        LocalDate last = LocalDate.of(2035, 4, 3);
        LocalDate today = LocalDate.of(2035, 3, 20);
        LocalDate neverRolled = LocalDate.of(2035, 3, 10);
        SourceRows rows = new SourceRows(jdbc, 1);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            rows.day(d, 14, LENIENT, STRICT);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE region = :r AND level = 3 AND rated_at >= :from")
                .param("r", STRICT).param("from", Timestamp.from(new StatisticsPeriod(first, last).start()))
                .query(Long.class).single()).isPositive(); // the policy has something to decide

        StatisticsRollup rollup = rollupAt(today);
        for (LocalDate d = first; d.isBefore(today); d = d.plusDays(1)) {
            if (!d.equals(neverRolled)) {
                assertThat(rollup.roll(d)).isTrue();
            }
        }
        assertThat(rollup.roll(today)).isFalse();
        assertThat(rollups.cleanDays(first, last)).hasSize((int) (today.toEpochDay() - first.toEpochDay()) - 1)
                .doesNotContain(neverRolled, today);

        // rolled up, live (today and later, a day never rolled up) and both in one period
        List<StatisticsPeriod> periods = List.of(StatisticsPeriod.month(YearMonth.of(2035, 3)),
                new StatisticsPeriod(first, last), new StatisticsPeriod(first, neverRolled.minusDays(1)),
                new StatisticsPeriod(neverRolled, neverRolled), new StatisticsPeriod(today, last));
        for (StatisticsPeriod period : periods) {
            for (Dimension by : Dimension.values()) {
                for (String region : new String[] {null, LENIENT, STRICT}) {
                    assertThat(statistics.published(period, by, region)).as("%s by %s in %s", period, by, region)
                            .isEqualTo(liveReport(period, by, region));
                }
            }
        }
    }

    @Test
    void aSupervisorsFiguresCountOnlyTheirRegionAndBelowOnTheLiveAndTheRolledUpPathAlike() {
        LocalDate day = LocalDate.of(2035, 6, 6);
        new SourceRows(jdbc, 3).day(day, 20, LENIENT, STRICT);
        StatisticsPeriod period = new StatisticsPeriod(day, day);
        Actor lenientSupervisor = supervisor(LENIENT);
        Actor citySupervisor = supervisor("449900"); // both counties lie below it
        Actor provincialSupervisor = supervisor("440000");
        Actor shenzhenSupervisor = supervisor("440300");

        for (boolean rolled : new boolean[] {false, true}) {
            if (rolled) {
                assertThat(rollupAt(day.plusDays(1)).roll(day)).isTrue();
                assertThat(rollups.cleanDays(day, day)).containsExactly(day);
                spoil(day, STRICT); // read from the rollup from now on: STRICT's rows must not reach LENIENT's figures
            }
            for (Dimension by : Dimension.values()) {
                assertThat(statistics.supervised(period, by, null, lenientSupervisor).groups())
                        .as("%s, rolled up %s", by, rolled).isEqualTo(statistics.published(period, by, LENIENT).groups());
                assertThat(statistics.supervised(period, by, STRICT, lenientSupervisor).total().services()).isZero();
                assertThat(statistics.supervised(period, by, null, shenzhenSupervisor).total().services()).isZero();
                assertThat(statistics.supervised(period, by, STRICT, citySupervisor))
                        .isEqualTo(statistics.published(period, by, STRICT));
                assertThat(statistics.supervised(period, by, null, provincialSupervisor).total())
                        .isEqualTo(statistics.published(period, by, null).total());
            }
        }
    }

    private static Actor supervisor(String region) {
        return new Actor("sup-" + region, "督查", Set.of("SUPERVISOR"), region, null);
    }

    @Test
    void aRolledUpDayIsReadFromTheRollupAndAChangedOneLiveUntilItIsRolledUpAgain() {
        LocalDate day = LocalDate.of(2035, 5, 5);
        new SourceRows(jdbc, 2).day(day, 20, LENIENT, STRICT);
        StatisticsRollup rollup = rollupAt(day.plusDays(1));
        assertThat(rollup.roll(day)).isTrue();
        StatisticsPeriod period = new StatisticsPeriod(day, day);
        long services = liveReport(period, Dimension.MONTH, null).total().services();

        // a spoilt rollup shows: the day is read from it
        spoil(day, LENIENT);
        assertThat(statistics.published(period, Dimension.MONTH, null).total().services()).isEqualTo(services + 1000);
        assertThat(statistics.published(period, Dimension.DEPARTMENT, LENIENT).total().services())
                .isEqualTo(liveReport(period, Dimension.DEPARTMENT, LENIENT).total().services() + 1000);

        // any write to a row of that day marks it (here one that changes nothing): read live, the spoilt rows unused
        jdbc.sql("UPDATE rating SET level = level WHERE region = :r AND rated_at >= :from AND rated_at < :to LIMIT 1")
                .param("r", LENIENT).param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .update();
        assertThat(rollups.marks(day)).hasSize(2); // the row's new and old day (the same day)
        assertThat(statistics.published(period, Dimension.MONTH, null)).isEqualTo(liveReport(period, Dimension.MONTH, null));

        assertThat(rollup.roll(day)).isTrue();
        assertThat(rollups.cleanDays(day, day)).containsExactly(day);
        for (Dimension by : Dimension.values()) {
            assertThat(statistics.published(period, by, null)).isEqualTo(liveReport(period, by, null));
        }
    }

    @Test
    void todayIsNeverRolledUpAndTwoRollUpsOfADayLeaveOneSetOfRows() throws Exception {
        LocalDate today = LocalDate.of(2035, 6, 10);
        LocalDate yesterday = today.minusDays(1);
        SourceRows rows = new SourceRows(jdbc, 3);
        rows.day(yesterday, 30, LENIENT, STRICT);
        rows.day(today, 30, LENIENT, STRICT);
        StatisticsRollup rollup = rollupAt(today);

        assertThat(rollup.rollDue()).isPositive();
        assertThat(rollups.cleanDays(yesterday, today)).containsExactly(yesterday);
        assertThat(rollups.marks(today)).isNotEmpty();
        assertThat(rollup.roll(today)).isFalse();
        assertThat(rollups.cleanDays(yesterday, today)).containsExactly(yesterday);
        StatisticsPeriod both = new StatisticsPeriod(yesterday, today);
        assertThat(statistics.published(both, Dimension.STAFF, null)).isEqualTo(liveReport(both, Dimension.STAFF, null));

        StatisticsPeriod period = new StatisticsPeriod(yesterday, yesterday);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                // a real change (1 ↔ 5, 2 ↔ 4) to a rating of the rolled-up day, then two roll-ups at once
                jdbc.sql("""
                        UPDATE rating SET level = 6 - level
                        WHERE region = :r AND level <> 3 AND rated_at >= :from AND rated_at < :to LIMIT 1""")
                        .param("r", round % 2 == 0 ? LENIENT : STRICT).param("from", Timestamp.from(period.start()))
                        .param("to", Timestamp.from(period.end())).update();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Boolean> a = pool.submit(() -> {
                    together.await();
                    return rollup.roll(yesterday);
                });
                Future<Boolean> b = pool.submit(() -> {
                    together.await();
                    return rollup.roll(yesterday);
                });
                assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)))
                        .containsExactlyInAnyOrder(true, false);
                assertThat(rollups.cleanDays(yesterday, yesterday)).containsExactly(yesterday);
                assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM stats_day WHERE day = :d
                                              GROUP BY dimension, region, k HAVING COUNT(*) > 1) twice""")
                        .param("d", yesterday).query(Long.class).single()).isZero();
                for (Dimension by : Dimension.values()) {
                    assertThat(statistics.published(period, by, null)).isEqualTo(liveReport(period, by, null));
                }
            }

            // while another replica holds the day, this one leaves it (and its marks) alone
            jdbc.sql("UPDATE rating SET level = level WHERE region = :r AND rated_at >= :from AND rated_at < :to LIMIT 1")
                    .param("r", LENIENT).param("from", Timestamp.from(period.start()))
                    .param("to", Timestamp.from(period.end())).update();
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.sql("SELECT day FROM stats_rolled_day WHERE day = :d FOR UPDATE").param("d", yesterday)
                        .query((rs, n) -> n).list();
                try {
                    assertThat(pool.submit(() -> rollup.roll(yesterday)).get(30, TimeUnit.SECONDS)).isFalse();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(rollups.marks(yesterday)).isNotEmpty();
            assertThat(rollup.roll(yesterday)).isTrue();
            assertThat(rollups.marks(yesterday)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangeToARolledUpDayIsInTheVeryNextReportAndStaysAfterTheDayIsRolledUpAgain() {
        LocalDate invited = LocalDate.of(2020, 5, 12); // two invitations of that day
        LocalDate rated = invited.plusDays(1); // a bad rating and its ticket
        Instant at = invited.atTime(10, 0).atZone(StatisticsPeriod.ZONE).toInstant();
        Instant ratedAt = at.plus(Duration.ofDays(1));
        Instant now = Instant.now();
        String rater = "rollup-rater-" + UUID.randomUUID().toString().substring(0, 8);
        String toExpire = invitation("to-expire", rater, at, now.minus(Duration.ofHours(1)));
        String toRate = invitation("to-rate", rater, at.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
        String ratingId = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO rating (id, invitation_id, case_id, case_number, stage, level, tags, channel, rater_id,
                    department, item_code, region, staff_id, rated_at)
                VALUES (?, ?, ?, 'RU-BAD', 'COMPLETION', 2, '', 'WEB', ?, ?, 'ITEM-0', ?, 'staff-0', ?)""")
                .params(ratingId, UUID.randomUUID().toString(), UUID.randomUUID().toString(), rater, DEPARTMENT, CHANGED,
                        Timestamp.from(ratedAt))
                .update();
        RectificationTicket ticket = RectificationTicket.open(ratingId, UUID.randomUUID().toString(), "RU-BAD", 2, rater,
                DEPARTMENT, "ITEM-0", new RectificationTicket.Origin(CHANGED, null, "staff-0", "WEB"), ratedAt, 5,
                WorkingDayCalendar.of(List.of())); // no year loaded: a provisional due date, never judged overdue
        // (so the overdue scan does not change the rolled-up day meanwhile)
        tickets.insert(ticket);
        rolledUp(invited);
        rolledUp(rated);

        StatisticsPeriod invitedDay = new StatisticsPeriod(invited, invited);
        StatisticsPeriod ratedDay = new StatisticsPeriod(rated, rated);
        assertThat(department(invitedDay)).isEqualTo(new Figures(DEPARTMENT, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(department(ratedDay)).isEqualTo(new Figures(DEPARTMENT, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0));
        spoil(invited, CHANGED); // so the reports show whether they still read the days' rollup
        spoil(rated, CHANGED);
        assertThat(department(invitedDay).services()).isEqualTo(1002);
        assertThat(department(ratedDay).services()).isEqualTo(1000);

        // through the service's own code: one invitation expires, the other is rated (the rating lands today), the
        // bad review's appeal is upheld (the rating leaves the bad rate, the ticket the rectification figures)
        invitations.expireDue(now); // (or the scheduled expiry got there first: the same code)
        assertThat(jdbc.sql("SELECT status FROM invitation WHERE case_id = :c").param("c", toExpire).query(String.class)
                .single()).isEqualTo("EXPIRED");
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        api.post("/api/evaluations/ratings", TestTokens.shared().mint(rater, CHANGED, null, "APPLICANT"),
                "{\"caseId\":\"" + toRate + "\",\"stage\":\"COMPLETION\",\"level\":5,\"channel\":\"WEB\"}").expect(201);
        Actor clerk = new Actor("clerk-r", "窗口负责人", Set.of("CLERK"), CHANGED, DEPARTMENT);
        Actor supervisor = new Actor("sup-r", "督查", Set.of("SUPERVISOR"), CHANGED, null);
        rectification.appeal(ticket.id(), "误评", List.of("通话录音"), clerk);
        rectification.decideAppeal(ticket.id(), true, "复核属实", supervisor);

        Figures invitedAfter = new Figures(DEPARTMENT, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        Figures ratedAfter = new Figures(DEPARTMENT, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0);
        assertThat(department(invitedDay)).isEqualTo(invitedAfter);
        assertThat(department(ratedDay)).isEqualTo(ratedAfter);
        StatisticsPeriod both = new StatisticsPeriod(invited, rated);
        assertThat(group(statistics.published(both, Dimension.MONTH, CHANGED), "2020-05"))
                .isEqualTo(invitedAfter.plus(ratedAfter).withKey("2020-05"));

        rolledUp(invited);
        rolledUp(rated);
        assertThat(department(invitedDay)).isEqualTo(invitedAfter);
        assertThat(department(ratedDay)).isEqualTo(ratedAfter);
        for (Dimension by : Dimension.values()) {
            assertThat(statistics.published(both, by, CHANGED)).isEqualTo(liveReport(both, by, CHANGED));
        }
    }

    @Test
    void aWriteNotYetCommittedWhenTheDayIsRolledUpKeepsItsMarkAndIsCountedOnceCommitted() throws Exception {
        LocalDate day = LocalDate.of(2035, 7, 7);
        new SourceRows(jdbc, 4).day(day, 10, LENIENT);
        StatisticsRollup rollup = rollupAt(day.plusDays(1));
        assertThat(rollup.roll(day)).isTrue();
        StatisticsPeriod period = new StatisticsPeriod(day, day);
        long ratings = liveReport(period, Dimension.DEPARTMENT, LENIENT).total().ratings();

        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            Future<?> slow = writer.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                insertRating(day, 4); // its mark takes the lower id
                written.countDown();
                waitFor(commit);
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            insertRating(day, 5); // committed: its mark has a higher id than the open transaction's
            assertThat(rollup.roll(day)).isTrue(); // sees and deletes only the committed mark, never waits for the other
            assertThat(rollups.cleanDays(day, day)).containsExactly(day);
            assertThat(statistics.published(period, Dimension.DEPARTMENT, LENIENT).total().ratings()).isEqualTo(ratings + 1);

            commit.countDown();
            slow.get(30, TimeUnit.SECONDS);
            assertThat(rollups.marks(day)).hasSize(1);
            assertThat(statistics.published(period, Dimension.DEPARTMENT, LENIENT).total().ratings()).isEqualTo(ratings + 2);
            assertThat(rollup.roll(day)).isTrue();
            for (Dimension by : Dimension.values()) {
                assertThat(statistics.published(period, by, LENIENT)).isEqualTo(liveReport(period, by, LENIENT));
            }
        } finally {
            writer.shutdownNow();
        }
    }

    /** A roll-up whose today is {@code today} (noon, Beijing). */
    private StatisticsRollup rollupAt(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(StatisticsPeriod.ZONE).toInstant(), ZoneOffset.UTC);
        return new StatisticsRollup(live, rollups, transactions, clock);
    }

    /** Rolls the day up with the service's own roll-up (the scheduled job may get there first: either will do). */
    private void rolledUp(LocalDate day) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            scheduledRollup.roll(day);
            return rollups.cleanDays(day, day).contains(day);
        });
    }

    /** What the live path alone reports: the oracle the rollup must match. */
    private StatisticsService.Report liveReport(StatisticsPeriod period, Dimension by, String region) {
        return StatisticsService.Report.of(period, by, region,
                live.counts(by, period.start(), period.end(), Coverage.everywhere(region)), statistics.policy());
    }

    /** Adds 1,000 services to one DEPARTMENT row of the day's rollup in the region. */
    private void spoil(LocalDate day, String region) {
        assertThat(jdbc.sql("""
                UPDATE stats_day SET services = services + 1000
                WHERE dimension = 'DEPARTMENT' AND day = :d AND region = :r LIMIT 1""")
                .param("d", day).param("r", region).update()).isEqualTo(1);
    }

    private String invitation(String what, String applicant, Instant openedAt, Instant expiresAt) {
        String caseId = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO invitation (id, case_id, case_number, stage, applicant_id, item_code, item_name, department,
                    region, opened_at, expires_at, status, staff_id, channel)
                VALUES (?, ?, ?, 'COMPLETION', ?, 'ITEM-0', '事项', ?, ?, ?, ?, 'OPEN', 'staff-0', 'WEB')""")
                .params(UUID.randomUUID().toString(), caseId, "RU-" + what, applicant, DEPARTMENT, CHANGED,
                        Timestamp.from(openedAt), Timestamp.from(expiresAt))
                .update();
        return caseId;
    }

    private void insertRating(LocalDate day, int level) {
        jdbc.sql("""
                INSERT INTO rating (id, invitation_id, case_id, case_number, stage, level, tags, channel, rater_id,
                    department, item_code, region, rated_at)
                VALUES (?, ?, ?, 'RU-LATE', 'COMPLETION', ?, '', 'WEB', 'rollup-late', ?, 'ITEM-0', ?, ?)""")
                .params(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(), level,
                        DEPARTMENT, LENIENT, Timestamp.from(day.atTime(9, 0).atZone(StatisticsPeriod.ZONE).toInstant()))
                .update();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Figures department(StatisticsPeriod period) {
        return group(statistics.published(period, Dimension.DEPARTMENT, CHANGED), DEPARTMENT);
    }

    private static Figures group(StatisticsService.Report report, String key) {
        return report.groups().stream().filter(g -> key.equals(g.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + report.groups()));
    }
}
