package org.example.gov.trading.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.example.gov.platform.personal.FakeIdentities;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.TenderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The expert pool and the committee draw through REST on real MariaDB and Kafka: REST → database → event (validated
 * against its schema), the exclusions, the loud failure of a short pool, replacement, scope and secrecy. Everything is
 * real except the bidder list of a lot, which the opening capability will provide ({@link LotBidders}); here a test
 * bean answers it.
 */
@PlatformIntegrationTest
@Import({ MutableClock.Config.class, CommitteeIntegrationTest.Bidders.class })
class CommitteeIntegrationTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
    }

    /** The bidders whose bids were opened, per lot, as the opening capability will answer them. */
    @TestConfiguration
    static class Bidders {
        static final Map<LotId, Set<String>> OPENED = new ConcurrentHashMap<>();

        @Bean
        @org.springframework.context.annotation.Primary
        LotBidders testLotBidders() {
            return lot -> OPENED.getOrDefault(lot, Set.of());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TenderService tenders;

    @Autowired
    CommitteeRepository committees;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    ApiClient api;
    final FakeIdentities identities = new FakeIdentities(System.nanoTime());
    final String tenderee = TestTokens.shared().mint("tenderee1", "440300", null, "TENDEREE");
    final String agent = TestTokens.shared().mint("tenderagent1", "440300", null, "TENDER_AGENT");
    final String staff = TestTokens.shared().mint("trader1", "440300", "公共资源交易中心", "TRADING_STAFF");
    final String guangzhouStaff = TestTokens.shared().mint("trader-gz", "440100", "公共资源交易中心", "TRADING_STAFF");
    final String supervisor = TestTokens.shared().mint("super1", "440300", "市政务服务数据管理局", "SUPERVISOR");
    final String bidder1 = TestTokens.shared().mint("bidder1", "440300", null, "BIDDER");

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A construction project of 440304 whose first lot is OPENING with bidder1..3; returns {projectId, lotId}. */
    String[] lotInOpening() {
        String id = api.post("/api/trading/projects", tenderee, """
                {"title":"市民中心改造工程","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[{"name":"土建标段","amount":"1000000.00","deposit":"20000.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
        ApiClient.Response announced = api.post("/api/trading/projects/" + id + "/announcement", agent, """
                {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                 "bidDeadline":"2026-03-23T01:30:00Z"}""").expect(200);
        LotId lot = LotId.of(announced.body().path("lots").get(0).path("id").asString());
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(10, 0));
        assertThat(tenders.deadlinePassed(lot, 3, Instant.parse("2026-03-23T02:00:00Z"))).isEqualTo(LotStatus.OPENING);
        Bidders.OPENED.put(lot, Set.of("bidder1", "bidder2", "bidder3"));
        return new String[] { id, lot.toString() };
    }

    String register(String specialty, String employer, String extra) {
        return api.post("/api/trading/experts", staff, """
                {"name":"欧阳娜娜","idNumber":"%s","phone":"%s","profile":{"specialties":["%s"],"region":"440304",
                 "level":"SENIOR","employer":"%s"%s}}""".formatted(identities.idCardNumber().value(),
                identities.mobileNumber().value(), specialty, employer, extra)).expect(201).text("id");
    }

    static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }

    List<EventProbe.Event> events(String projectId, String type, int atLeast) {
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> EventProbe.await(kafka,
                CommitteeService.TOPIC, e -> projectId.equals(e.key()) && type.equals(e.type()), Duration.ofSeconds(5))
                .size() >= atLeast);
        return EventProbe.await(kafka, CommitteeService.TOPIC,
                e -> projectId.equals(e.key()) && type.equals(e.type()), Duration.ofSeconds(5));
    }

    @Test
    void aDrawnCommitteeIsStoredWithItsAuditRecordAndPublishedWithoutNames() {
        String[] lot = lotInOpening();
        String specialty = "A" + System.nanoTime() % 100_000;
        for (int i = 0; i < 6; i++) {
            register(specialty, "firm-" + i, "");
        }
        String employee = register(specialty, "bidder2", "");
        String shareholder = register(specialty, "firm-x", ",\"shareholdings\":[\"tenderee1\"]");
        String relative = register(specialty, "firm-y", ",\"relativesOf\":[\"bidder3\"]");
        String official = register(specialty, "firm-z", ",\"staffOf\":{\"region\":\"440300\",\"name\":\"住房和城乡建设局\"}");
        String penalised = register(specialty, "firm-p", "");
        api.post("/api/trading/experts/" + penalised + "/penalties", staff,
                "{\"from\":\"2026-01-01\",\"until\":\"2026-12-31\",\"reason\":\"评标中不客观公正\",\"basis\":\"实施条例 第71条\"}")
                .expect(200);
        Set<String> excluded = Set.of(employee, shareholder, relative, official, penalised);

        ApiClient.Response drawn = api.post("/api/trading/lots/" + lot[1] + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":1}").expect(201);
        assertThat(drawn.body().path("experts").asInt()).isEqualTo(4);
        List<String> seated = drawn.body().path("seats").valueStream().map(s -> s.path("expertId").asString()).toList();
        assertThat(seated).hasSize(4).doesNotHaveDuplicates().noneMatch(excluded::contains);
        assertThat(drawn.raw()).doesNotContain("欧阳娜娜").contains("欧阳**");
        var draw = drawn.body().path("draws").get(0);
        assertThat(draw.path("poolSize").asInt()).isEqualTo(11);
        assertThat(draw.path("eligible").asInt()).isEqualTo(6);
        assertThat(draw.path("exclusions").path("EMPLOYED_BY_PARTY").asInt()).isEqualTo(1);
        assertThat(draw.path("exclusions").path("PENALISED").asInt()).isEqualTo(1);

        // stored: the committee and its draw record, enough to replay it
        assertThat(jdbc.sql("SELECT pool_size FROM committee_draw WHERE lot_id = ?").param(lot[1]).query(Integer.class)
                .single()).isEqualTo(11);
        ApiClient.Response audit = api.get("/api/trading/lots/" + lot[1] + "/committee/draws/"
                + draw.path("id").asString(), supervisor).expect(200);
        assertThat(audit.body().path("replayMatches").asBoolean()).isTrue();
        assertThat(audit.body().path("exclusions").valueStream()
                .filter(e -> e.path("expertId").asString().equals(official)).findFirst().orElseThrow()
                .path("reason").asString()).isEqualTo("SUPERVISING_DEPARTMENT_STAFF");
        // drawn once
        assertProblem(api.post("/api/trading/lots/" + lot[1] + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":1}"), 409,
                "ILLEGAL_TRANSITION");

        EventProbe.Event event = events(lot[0], "gov.trading.committee-drawn.v1", 1).getFirst();
        Contracts.assertValid(event.type(), event.data());
        assertThat(event.data()).contains("\"eligible\":6").doesNotContain("欧阳");
        seated.forEach(expert -> assertThat(event.data()).doesNotContain(expert));
    }

    @Test
    void aPoolOneExpertShortFailsLoudlyAndDrawsNobody() {
        String[] lot = lotInOpening();
        String specialty = "B" + System.nanoTime() % 100_000;
        for (int i = 0; i < 4; i++) {
            register(specialty, "firm-" + i, "");
        }
        register(specialty, "bidder1", "");
        ApiClient.Response r = api.post("/api/trading/lots/" + lot[1] + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":7,\"tendereeRepresentatives\":2}");
        assertProblem(r, 422, "COMMITTEE_POOL_TOO_SMALL");
        assertThat(r.body().path("eligible").asInt()).isEqualTo(4);
        assertThat(r.body().path("needed").asInt()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_committee WHERE lot_id = ?").param(lot[1])
                .query(Integer.class).single()).isZero();
        assertProblem(api.post("/api/trading/lots/" + lot[1] + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":6,\"tendereeRepresentatives\":1}"), 422,
                "COMMITTEE_SIZE_INVALID");
    }

    @Test
    void aReplacedExpertLeavesTheSeatWithVoidScoresAndTheReplacementIsPublished() {
        String[] lot = lotInOpening();
        String specialty = "C" + System.nanoTime() % 100_000;
        for (int i = 0; i < 6; i++) {
            register(specialty, "firm-" + i, "");
        }
        ApiClient.Response drawn = api.post("/api/trading/lots/" + lot[1] + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":1}").expect(201);
        String leaving = drawn.body().path("seats").get(1).path("expertId").asString();

        ApiClient.Response replaced = api.post("/api/trading/lots/" + lot[1] + "/committee/seats/2/replacement", staff,
                "{\"reason\":\"RECUSAL\",\"note\":\"与投标人存在利害关系\"}").expect(200);
        var seats = replaced.body().path("seats");
        assertThat(seats.size()).isEqualTo(5);
        var old = seats.valueStream().filter(s -> s.path("expertId").asString().equals(leaving)).findFirst().orElseThrow();
        assertThat(old.path("scoresVoid").asBoolean()).isTrue();
        assertThat(old.path("vacatedBecause").asString()).isEqualTo("RECUSAL");
        assertThat(seats.valueStream().filter(s -> s.path("seat").asInt() == 2 && !s.path("scoresVoid").asBoolean())
                .map(s -> s.path("expertId").asString()).findFirst().orElseThrow()).isNotEqualTo(leaving);

        EventProbe.Event event = events(lot[0], "gov.trading.expert-replaced.v1", 1).getFirst();
        Contracts.assertValid(event.type(), event.data());
        assertThat(event.data()).doesNotContain(leaving);

        // of the six, the sixth fills the next vacancy; after that nobody who never sat is left
        api.post("/api/trading/lots/" + lot[1] + "/committee/seats/3/replacement", staff, "{\"reason\":\"ABSENCE\"}")
                .expect(200);
        assertProblem(api.post("/api/trading/lots/" + lot[1] + "/committee/seats/4/replacement", staff,
                "{\"reason\":\"ABSENCE\"}"), 422, "COMMITTEE_POOL_TOO_SMALL");
    }

    @Test
    void staffOfAnotherRegionFindNeitherTheLotsCommitteeNorItsExperts() {
        String[] lot = lotInOpening();
        String specialty = "D" + System.nanoTime() % 100_000;
        String expert = register(specialty, "firm-1", "");
        assertProblem(api.post("/api/trading/lots/" + lot[1] + "/committee", guangzhouStaff,
                "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":1}"), 404, "LOT_NOT_FOUND");
        assertProblem(api.get("/api/trading/experts/" + expert, guangzhouStaff), 404, "EXPERT_NOT_FOUND");
        assertThat(api.get("/api/trading/experts?specialty=" + specialty, guangzhouStaff).expect(200).body().size())
                .isZero();
        assertThat(api.get("/api/trading/experts?specialty=" + specialty, staff).expect(200).raw())
                .contains(expert).doesNotContain("欧阳娜娜");
        assertProblem(api.send("PUT", "/api/trading/experts/" + expert, guangzhouStaff, """
                {"profile":{"specialties":["X1"],"region":"440304","level":"SENIOR"}}"""), 404, "EXPERT_NOT_FOUND");
    }

    @Test
    void theCommitteeIsSecretFromTheTendereeAndBiddersUntilTheResult() {
        String[] lot = lotInOpening();
        String specialty = "E" + System.nanoTime() % 100_000;
        for (int i = 0; i < 5; i++) {
            register(specialty, "firm-" + i, "");
        }
        api.post("/api/trading/lots/" + lot[1] + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":1}").expect(201);
        assertProblem(api.get("/api/trading/lots/" + lot[1] + "/committee", tenderee), 422,
                "COMMITTEE_SECRET_UNTIL_RESULT");
        assertProblem(api.get("/api/trading/lots/" + lot[1] + "/committee", bidder1), 422,
                "COMMITTEE_SECRET_UNTIL_RESULT");
        api.get("/api/trading/lots/" + lot[1] + "/committee", supervisor).expect(200);

        LotId lotId = LotId.of(lot[1]);
        tenders.openingConcluded(lotId);
        tenders.evaluationConcluded(lotId);
        ApiClient.Response seen = api.get("/api/trading/lots/" + lot[1] + "/committee", tenderee).expect(200);
        assertThat(seen.body().path("seats").size()).isEqualTo(4);
        assertThat(seen.body().path("draws").size()).isZero();
        // and no new draw once the evaluation is over
        assertProblem(api.post("/api/trading/lots/" + lot[1] + "/committee/seats/1/replacement", staff,
                "{\"reason\":\"ABSENCE\"}"), 409, "ILLEGAL_TRANSITION");
    }

    @Test
    void anExpertsPersonIsEncryptedAtRestMaskedInResponsesAndRegisteredOnce() {
        String idNumber = identities.idCardNumber().value();
        String body = """
                {"name":"欧阳娜娜","idNumber":"%s","profile":{"specialties":["F1"],"region":"440304","level":"SENIOR"}}"""
                .formatted(idNumber);
        ApiClient.Response created = api.post("/api/trading/experts", staff, body).expect(201);
        assertThat(created.text("name")).isEqualTo("欧阳**");
        assertThat(created.raw()).doesNotContain(idNumber).doesNotContain("欧阳娜娜");
        String row = jdbc.sql("SELECT CONCAT(name_enc, ' ', id_number_enc) FROM expert WHERE id = ?")
                .param(created.text("id")).query(String.class).single();
        assertThat(row).doesNotContain(idNumber).doesNotContain("欧阳娜娜");
        assertProblem(api.post("/api/trading/experts", staff, body), 409, "EXPERT_ALREADY_REGISTERED");
        // only the expert's region changes (a generated ID number may well start with 440304 too)
        assertProblem(api.post("/api/trading/experts", staff, body.replace("\"region\":\"440304\"", "\"region\":\"440104\"")), 403,
                "REGION_OUT_OF_SCOPE");
        assertProblem(api.post("/api/trading/experts", supervisor, body), 403, "FORBIDDEN");
    }

    @Test
    void aCommitteeIsDrawnOnlyWhileTheLotIsOpenedOrEvaluated() {
        String id = api.post("/api/trading/projects", tenderee, """
                {"title":"未截标项目","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[{"name":"标段","amount":"1000000.00","deposit":"0.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
        String lot = api.post("/api/trading/projects/" + id + "/announcement", agent, """
                {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                 "bidDeadline":"2026-03-23T01:30:00Z"}""").expect(200).body().path("lots").get(0).path("id").asString();
        assertProblem(api.post("/api/trading/lots/" + lot + "/committee", staff,
                "{\"specialty\":\"A01\",\"members\":5,\"tendereeRepresentatives\":1}"), 409, "ILLEGAL_TRANSITION");
    }

    @Test
    void drawsAndRefusedDrawsAreAudited() {
        String[] lot = lotInOpening();
        String specialty = "G" + System.nanoTime() % 100_000;
        register(specialty, "firm-1", "");
        api.post("/api/trading/lots/" + lot[1] + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":1}").expect(422);
        String refused = "SELECT COUNT(*) FROM %s WHERE action = 'trading.committee-draw' AND outcome = 'REFUSED'"
                + " AND subject_id = '" + lot[1] + "' AND detail = 'COMMITTEE_POOL_TOO_SMALL'";
        assertThat(jdbc.sql(refused.formatted("audit_log")).query(Long.class).single()
                + jdbc.sql(refused.formatted("audit_pending")).query(Long.class).single()).isEqualTo(1);
        for (int i = 2; i <= 4; i++) {
            register(specialty, "firm-" + i, "");
        }
        api.post("/api/trading/lots/" + lot[1] + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":1}").expect(201);
        String done = "SELECT COUNT(*) FROM {table} WHERE action = 'trading.committee-draw' AND outcome = 'DONE'"
                + " AND subject_id = '" + lot[1] + "' AND detail LIKE 'draw % pool 4 eligible 4 hash %'";
        assertThat(jdbc.sql(done.replace("{table}", "audit_log")).query(Long.class).single()
                + jdbc.sql(done.replace("{table}", "audit_pending")).query(Long.class).single()).isEqualTo(1);
    }

    String drawnPoolHash(String lot) {
        return jdbc.sql("SELECT pool_hash FROM committee_draw WHERE lot_id = ?").param(lot).query(String.class).single();
    }

    String storedSnapshot(String poolHash) {
        return jdbc.sql("SELECT expert_ids FROM expert_pool_snapshot WHERE pool_hash = ?").param(poolHash)
                .query(String.class).single();
    }

    long snapshotRows(String poolHash) {
        return jdbc.sql("SELECT COUNT(*) FROM expert_pool_snapshot WHERE pool_hash = ?").param(poolHash)
                .query(Long.class).single();
    }

    static String sm3(String text) {
        org.bouncycastle.crypto.digests.SM3Digest sm3 = new org.bouncycastle.crypto.digests.SM3Digest();
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        sm3.update(bytes, 0, bytes.length);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        return java.util.HexFormat.of().formatHex(out);
    }

    @Test
    void drawsFromAnUnchangedPoolShareOneStoredSnapshotAndAChangedPoolStoresANewOne() {
        String specialty = "H" + System.nanoTime() % 100_000;
        for (int i = 0; i < 6; i++) {
            register(specialty, "firm-" + i, "");
        }
        String draw = "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":1}";
        String[] first = lotInOpening();
        List<String> firstSeated = api.post("/api/trading/lots/" + first[1] + "/committee", staff, draw).expect(201)
                .body().path("seats").valueStream().map(s -> s.path("expertId").asString()).toList();
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        String[] second = lotInOpening();
        api.post("/api/trading/lots/" + second[1] + "/committee", staff, draw).expect(201);

        String hash = drawnPoolHash(first[1]);
        assertThat(drawnPoolHash(second[1])).isEqualTo(hash);
        assertThat(snapshotRows(hash)).isEqualTo(1);
        // the draw row holds no pool, only the hash its stored snapshot verifies against
        assertThat(jdbc.sql("SELECT record FROM committee_draw WHERE lot_id = ?").param(first[1]).query(String.class)
                .single()).contains("\"pool\":null").contains(hash);
        String snapshot = storedSnapshot(hash);
        assertThat(sm3(snapshot)).isEqualTo(hash);
        assertThat(snapshot.lines()).hasSize(6).isSorted().containsAll(firstSeated);

        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        register(specialty, "firm-6", "");
        String[] third = lotInOpening();
        api.post("/api/trading/lots/" + third[1] + "/committee", staff, draw).expect(201);
        String changed = drawnPoolHash(third[1]);
        assertThat(changed).isNotEqualTo(hash);
        assertThat(snapshotRows(changed)).isEqualTo(1);
        assertThat(storedSnapshot(changed).lines()).hasSize(7);
        assertThat(sm3(storedSnapshot(changed))).isEqualTo(changed);

        // the first draw, after its pool changed, still replays from its record and the snapshot it refers to
        DrawRecord recorded = committees.draws(LotId.of(first[1])).getFirst();
        assertThat(recorded.pool()).hasSize(6);
        assertThat(CommitteeDraw.replay(recorded)).containsExactlyElementsOf(recorded.drawn());
        assertThat(recorded.drawn().stream().map(ExpertId::toString).toList()).containsExactlyElementsOf(firstSeated);
        assertThat(api.get("/api/trading/lots/" + first[1] + "/committee/draws/" + recorded.id(), supervisor).expect(200)
                .body().path("replayMatches").asBoolean()).isTrue();
    }

    @Test
    void aStoredSnapshotAlteredAfterItsDrawIsRefusedOnRead() {
        String specialty = "I" + System.nanoTime() % 100_000;
        for (int i = 0; i < 5; i++) {
            register(specialty, "firm-" + i, "");
        }
        String[] lot = lotInOpening();
        api.post("/api/trading/lots/" + lot[1] + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":1}").expect(201);
        String hash = drawnPoolHash(lot[1]);
        String snapshot = storedSnapshot(hash);
        String dropped = snapshot.lines().findFirst().orElseThrow();
        jdbc.sql("UPDATE expert_pool_snapshot SET expert_ids = ?, pool_size = 4 WHERE pool_hash = ?")
                .param(snapshot.replace(dropped + "\n", "")).param(hash).update();
        assertThatThrownBy(() -> committees.draws(LotId.of(lot[1]))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(hash);
    }

    /** A draw recorded before V120 kept its whole pool in its record; such rows are read and replayed from there. */
    @Test
    void aDrawRecordedWithItsPoolInItsRecordIsStillReadAndReplayed() {
        String[] lot = lotInOpening();
        List<Candidate> pool = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pool.add(new Candidate(ExpertId.newId(), i == 3 ? "bidder1" : "firm-" + i, Set.of(), Set.of(), null,
                    List.of()));
        }
        byte[] seed = new byte[DrawRandom.SEED_BYTES];
        new java.security.SecureRandom().nextBytes(seed);
        LotParties parties = new LotParties("tenderee1", Set.of("bidder1", "bidder2", "bidder3"), Set.of());
        DrawRecord d = CommitteeDraw.draw(pool, parties, LocalDate.of(2026, 3, 23), Set.of(), 5, seed, "J01", "440300",
                null, "trader1", Instant.parse("2026-03-23T02:00:00Z"));
        Map<String, Object> legacy = new java.util.LinkedHashMap<>();
        legacy.put("id", d.id().toString());
        legacy.put("specialty", d.specialty());
        legacy.put("region", d.region());
        legacy.put("drawDate", d.drawDate().toString());
        legacy.put("seat", null);
        legacy.put("pool", d.pool().stream().map(ExpertId::toString).toList());
        legacy.put("poolHash", d.poolHash());
        legacy.put("exclusions", d.exclusions().stream()
                .map(e -> Map.of("expert", e.expert().toString(), "reason", e.reason().name())).toList());
        legacy.put("seats", d.seats());
        legacy.put("seed", d.seed());
        legacy.put("drawn", d.drawn().stream().map(ExpertId::toString).toList());
        legacy.put("drawnBy", d.drawnBy());
        legacy.put("drawnAt", d.drawnAt().toString());
        jdbc.sql("""
                INSERT INTO committee_draw (id, lot_id, seat, pool_size, pool_hash, seed, record, drawn_by, drawn_at)
                VALUES (?, ?, NULL, 12, ?, ?, ?, 'trader1', ?)""")
                .params(d.id().toString(), lot[1], d.poolHash(), d.seed(), json.writeValueAsString(legacy),
                        java.sql.Timestamp.from(d.drawnAt()))
                .update();
        assertThat(snapshotRows(d.poolHash())).isZero();

        DrawRecord read = committees.draws(LotId.of(lot[1])).getFirst();
        assertThat(read.pool()).containsExactlyElementsOf(d.pool());
        assertThat(read.exclusions()).containsExactlyElementsOf(d.exclusions());
        assertThat(CommitteeDraw.replay(read)).containsExactlyElementsOf(d.drawn());
        assertThat(api.get("/api/trading/lots/" + lot[1] + "/committee/draws/" + d.id(), supervisor).expect(200)
                .body().path("replayMatches").asBoolean()).isTrue();
    }
}
