package org.example.gov.trading.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.platform.security.Actor;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.TenderService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bench (run on demand: {@code bench/trading-draw.sh}, i.e. {@code -Dtrading.bench=true
 * -Dtest=CommitteeDrawBenchmarkTest}): issue 15's target, a draw from a pool of 10,000 experts under 200 ms. A pool of
 * {@code bench.experts} (default 10,000) experts of one specialty, 1 in 50 with a tie to a bidder and 1 in 100
 * penalised, bulk-inserted; then
 * <ol>
 * <li>the whole draw as the service runs it ({@link CommitteeService#draw}: lot facts, project, pool read, exclusions,
 * SecureRandom seed, shuffle, committee and draw record stored, event, audit — one transaction), on 40 lots, the first
 * 10 as warm-up; the pool is the same in all 40, so its snapshot (≈ 370 KB of ids) is stored by the first and only
 * referred to by the others;
 * <li>the pool read and the draw alone ({@link ExpertRepository#pool} + {@link CommitteeDraw#draw}), 200 times after 20
 * warm-up runs;
 * <li>the whole draw on 10 more lots, one expert added to the pool before each: each draw's pool is new, so each stores
 * its snapshot (the cost of the first draw after the pool changed).
 * </ol>
 * p50/p99/max printed as BENCH lines in the test's output file, each series followed by the garbage collections that
 * happened inside its timed draws and inside its slowest one; the bound asserted is the target.
 */
@EnabledIfSystemProperty(named = "trading.bench", matches = "true")
@PlatformIntegrationTest
@Import({ MutableClock.Config.class, CommitteeIntegrationTest.Bidders.class })
class CommitteeDrawBenchmarkTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TenderService tenders;

    @Autowired
    CommitteeService committees;

    @Autowired
    ExpertRepository experts;

    @Autowired
    PersonalDataCipher cipher;

    static final String SPECIALTY = "BENCH01";
    static final int CHANGED_POOL_DRAWS = 10;
    final String tenderee = TestTokens.shared().mint("tenderee1", "440300", null, "TENDEREE");
    final String agent = TestTokens.shared().mint("tenderagent1", "440300", null, "TENDER_AGENT");
    final Actor staff = new Actor("trader1", "trader1", Set.of("TRADING_STAFF"), "440300", "公共资源交易中心");

    @Test
    void aDrawFromAPoolOfTenThousandExpertsTakesLessThan200Ms() {
        int size = Integer.getInteger("bench.experts", 10_000);
        insertPool(size);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        List<LotId> lots = new ArrayList<>();
        for (int i = 0; i < 40 + CHANGED_POOL_DRAWS; i++) {
            String id = api.post("/api/trading/projects", tenderee, """
                    {"title":"基准项目","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                     "region":"440304","lots":[{"name":"标段","amount":"1000000.00","deposit":"0.00","bidValidityDays":90}]}""")
                    .expect(201).text("id");
            lots.add(LotId.of(api.post("/api/trading/projects/" + id + "/announcement", agent, """
                    {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                     "bidDeadline":"2026-03-23T01:30:00Z"}""").expect(200).body().path("lots").get(0).path("id").asString()));
        }
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(10, 0));
        for (LotId lot : lots) {
            tenders.deadlinePassed(lot, 3, Instant.parse("2026-03-23T02:00:00Z"));
            CommitteeIntegrationTest.Bidders.OPENED.put(lot, Set.of("bidder1", "bidder2", "bidder3"));
        }

        List<Long> service = new ArrayList<>();
        List<Gc> serviceGc = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Gc g0 = Gc.now();
            long t0 = System.nanoTime();
            Committee c = committees.draw(lots.get(i), new CommitteeService.DrawOrder(SPECIALTY, "440300", 9, 3), staff);
            long t = System.nanoTime() - t0;
            assertThat(c.activeSeats()).hasSize(6);
            if (i >= 10) {
                service.add(t);
                serviceGc.add(Gc.now().minus(g0));
            }
        }
        LotParties parties = new LotParties("tenderee1", Set.of("bidder1", "bidder2", "bidder3"), Set.of());
        LocalDate today = LocalDate.of(2026, 3, 23);
        List<Long> core = new ArrayList<>();
        List<Gc> coreGc = new ArrayList<>();
        int eligible = 0;
        for (int i = 0; i < 220; i++) {
            Gc g0 = Gc.now();
            long t0 = System.nanoTime();
            List<Candidate> pool = experts.pool(SPECIALTY, org.example.gov.platform.scope.RegionCode.of("440300"), today);
            byte[] seed = new byte[32];
            new java.security.SecureRandom().nextBytes(seed);
            DrawRecord d = CommitteeDraw.draw(pool, parties, today, Set.of(), 6, seed, SPECIALTY, "440300", null, "b",
                    Instant.now());
            long t = System.nanoTime() - t0;
            eligible = d.eligible();
            if (i >= 20) {
                core.add(t);
                coreGc.add(Gc.now().minus(g0));
            }
        }
        // one more expert before each: every draw's pool is new, so each stores its snapshot (the first draw of a pool
        // version; the draws above all reuse the one their first warm-up draw stored)
        List<Long> changed = new ArrayList<>();
        List<Gc> changedGc = new ArrayList<>();
        for (int i = 0; i < CHANGED_POOL_DRAWS; i++) {
            insertExperts(1, size + i);
            Gc g0 = Gc.now();
            long t0 = System.nanoTime();
            Committee c = committees.draw(lots.get(40 + i), new CommitteeService.DrawOrder(SPECIALTY, "440300", 9, 3),
                    staff);
            long t = System.nanoTime() - t0;
            assertThat(c.activeSeats()).hasSize(6);
            changed.add(t);
            changedGc.add(Gc.now().minus(g0));
        }
        System.out.println("BENCH committee draw, pool " + size + " experts of the specialty in 440300 and below (" + eligible
                + " eligible), 6 experts of 9 members");
        print("service draw (facts, pool read, exclusions, seed, shuffle, store record, event, audit)", service, serviceGc);
        print("pool read + draw (no storage)", core, coreGc);
        print("service draw from a changed pool (its snapshot stored)", changed, changedGc);
        assertThat(percentile(service, 50)).isLessThan(200_000_000L);
    }

    private void insertPool(int size) {
        insertExperts(size, 0);
    }

    /** {@code count} experts of the specialty, numbered from {@code first} (their tie to a party follows the number). */
    private void insertExperts(int count, int first) {
        String name = cipher.encrypt("王专家");
        String idNumber = cipher.encrypt("110105194912310021");
        Timestamp at = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> specialties = new ArrayList<>();
        List<Object[]> penalties = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            String id = UUID.randomUUID().toString();
            String employer = i % 50 == 0 ? "bidder" + (1 + i % 3) : "firm-" + i;
            rows.add(new Object[] { id, i % 2 == 0 ? "440304" : "440305", employer, i % 70 == 0 ? "tenderee1" : "",
                    name, idNumber, String.format("%064d", i), at });
            specialties.add(new Object[] { SPECIALTY, id });
            if (i % 100 == 1) {
                penalties.add(new Object[] { id, java.sql.Date.valueOf("2026-01-01"), java.sql.Date.valueOf("2026-12-31") });
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO expert (id, region, level, employer, shareholdings, relatives_of, name_enc, id_number_enc,
                                    id_number_index, registered_at, row_version)
                VALUES (?, ?, 'SENIOR', ?, ?, '', ?, ?, ?, ?, 0)""", rows);
        jdbc.batchUpdate("INSERT INTO expert_specialty (specialty, expert_id) VALUES (?, ?)", specialties);
        if (penalties.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO expert_penalty (expert_id, valid_from, valid_until, reason, recorded_by, recorded_at)
                VALUES (?, ?, ?, 'bench', 'bench', CURRENT_TIMESTAMP(6))""", penalties);
    }

    /** The series, then what the collectors reported during its timed draws and during its slowest one. */
    private static void print(String what, List<Long> nanos, List<Gc> gc) {
        System.out.printf("BENCH   %s: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", what, nanos.size(),
                percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6,
                nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        Gc all = gc.stream().reduce(new Gc(0, 0, 0), Gc::plus);
        int slowest = nanos.indexOf(nanos.stream().max(Long::compare).orElseThrow());
        System.out.printf("BENCH     GC inside them: %d collections (%d full) %d ms; inside the slowest: %d (%d full) %d ms%n",
                all.collections(), all.full(), all.millis(), gc.get(slowest).collections(), gc.get(slowest).full(),
                gc.get(slowest).millis());
    }

    /**
     * Collections so far and their time, as the JVM's collectors report them: the tests' serial collector stops the
     * application for all of it, so a draw that waited for a full collection (metaspace or code cache threshold while
     * the JVM still loads and compiles) shows it here rather than passing for the draw's own time.
     */
    record Gc(long collections, long full, long millis) {

        static Gc now() {
            long collections = 0;
            long full = 0;
            long millis = 0;
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                collections += b.getCollectionCount();
                millis += b.getCollectionTime();
                if (b.getName().contains("MarkSweep") || b.getName().contains("Old")) {
                    full += b.getCollectionCount();
                }
            }
            return new Gc(collections, full, millis);
        }

        Gc minus(Gc before) {
            return new Gc(collections - before.collections, full - before.full, millis - before.millis);
        }

        Gc plus(Gc other) {
            return new Gc(collections + other.collections, full + other.full, millis + other.millis);
        }
    }

    private static long percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
