package org.example.gov.trading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.TradingIntegrationTest;
import org.example.gov.trading.expert.CommitteeService;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The evaluation through REST on real MariaDB and Kafka, with a real committee drawn from the pool: the method before
 * the opening, the 87号令 worked example of {@link ScoringTest} scored online by the seated experts (one of them replaced
 * after scoring: their points are void), completion refused while scores are missing, the report and its event. Only
 * the opened bids (the published opening record with its decrypted prices) are given by test beans
 * ({@link OpenedBidsStandIn}); {@link EvaluationSteps} holds the steps other tests share.
 */
class EvaluationIntegrationTest extends TradingIntegrationTest {

    @DynamicPropertySource
    static void regionalDeduction(DynamicPropertyRegistry registry) {
        // 南山区 has its own SME deduction; 福田区 (the worked example) keeps the default 10%
        registry.add("platform.trading.scoring.regions.440305.sme-deduction-default", () -> "15");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.example.gov.trading.demo.DemoExpertSeeder seeder;

    final String tenderee = TestTokens.shared().mint("tenderee1", "440300", null, "TENDEREE");
    final String agent = TestTokens.shared().mint("tenderagent1", "440300", null, "TENDER_AGENT");
    final String staff = TestTokens.shared().mint("trader1", "440300", "公共资源交易中心", "TRADING_STAFF");

    static final String METHOD = EvaluationSteps.METHOD;

    @Test
    void theWorkedExampleScoredOnlineGivesTheHandComputedReportAndItsEvent() {
        // a tender with its method, stated before the opening (29% for goods refused)
        String projectId = api.post("/api/trading/projects", tenderee, """
                {"title":"办公设备采购","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[{"name":"设备包","amount":"1200000.00","deposit":"20000.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
        ApiClient.Response announced = api.post("/api/trading/projects/" + projectId + "/announcement", agent, """
                {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                 "bidDeadline":"2026-03-23T01:30:00Z"}""").expect(200);
        LotId lot = LotId.of(announced.body().path("lots").get(0).path("id").asString());
        String base = "/api/trading/lots/" + lot + "/evaluation";
        assertProblem(api.put(base + "/method", agent, METHOD.formatted(29, 21)), 422, "PRICE_WEIGHT_TOO_LOW");
        assertProblem(api.put(base + "/method", agent, METHOD.formatted(30, 21)), 422, "WEIGHTS_NOT_100");
        String otherTenderee = TestTokens.shared().mint("tenderee-other", "440300", null, "TENDEREE");
        assertProblem(api.put(base + "/method", otherTenderee, METHOD.formatted(30, 20)), 404, "LOT_NOT_FOUND");
        ApiClient.Response method = api.put(base + "/method", agent, METHOD.formatted(30, 20)).expect(200);
        assertThat(method.body().path("smeDeduction").decimalValue()).isEqualByComparingTo("10");

        // the deadline passes with four bids, the record is published: EVALUATION; the method is now fixed
        Map<String, String> bidIds = new LinkedHashMap<>();
        for (String b : List.of("A", "B", "C", "D")) {
            bidIds.put(b, UUID.randomUUID().toString());
        }
        OpenedBidsStandIn.BIDS.put(lot, List.of(new BidUnderEvaluation(bidIds.get("A"), "bidder1", new java.math.BigDecimal("1000000.00"), false),
                new BidUnderEvaluation(bidIds.get("B"), "bidder2", new java.math.BigDecimal("950000.00"), false),
                new BidUnderEvaluation(bidIds.get("C"), "bidder3", new java.math.BigDecimal("880000.00"), false),
                new BidUnderEvaluation(bidIds.get("D"), "bidder4", new java.math.BigDecimal("900000.00"), false)));
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(10, 0));
        assertThat(tenders.deadlinePassed(lot, 4, Instant.parse("2026-03-23T02:00:00Z"))).isEqualTo(LotStatus.OPENING);
        tenders.openingConcluded(lot);
        ApiClient.Response late = api.put(base + "/method", agent, METHOD.formatted(40, 10));
        assertProblem(late, 409, "ILLEGAL_TRANSITION");
        assertThat(late.body().path("state").asString()).isEqualTo("EVALUATION");

        // a committee of five experts drawn from a pool of seven; every expert has a login linked by staff
        EvaluationSteps.Drawn committee = steps.drawCommittee(lot);
        Map<String, String> tokenOf = committee.tokenOf();
        List<String> seats = committee.seats();
        String outsider = tokenOf.keySet().stream().filter(e -> !seats.contains(e)).findFirst().orElseThrow();

        // an expert not seated is refused; the committee finds B an SME's bid
        assertProblem(api.post(base + "/scores", tokenOf.get(outsider),
                "{\"bidId\":\"" + bidIds.get("A") + "\",\"criterion\":\"T1\",\"points\":40}"), 403, "EXPERT_NOT_SEATED");
        String chair = tokenOf.get(seats.get(0));
        api.post(base + "/sme-findings", chair, "{\"bidId\":\"" + bidIds.get("B") + "\",\"sme\":true}").expect(204);
        assertProblem(api.post(base + "/scores", chair,
                "{\"bidId\":\"" + bidIds.get("A") + "\",\"criterion\":\"T1\",\"points\":40.5}"), 422, "SCORE_OUT_OF_RANGE");

        // where it stands: the bids with the SME finding, the abnormally-low line, 5 seats × 4 bids × 3 criteria missing
        ApiClient.Response overview = api.get(base, chair).expect(200);
        assertThat(overview.body().path("seats").asInt()).isEqualTo(5);
        assertThat(overview.body().path("missingCount").asInt()).isEqualTo(60);
        assertThat(overview.body().path("abnormallyLowBelow").decimalValue()).isEqualByComparingTo("746000.00");
        var bidB = overview.body().path("bids").valueStream()
                .filter(b -> b.path("bidId").asString().equals(bidIds.get("B"))).findFirst().orElseThrow();
        assertThat(bidB.path("sme").asBoolean()).isTrue();
        assertThat(bidB.path("evaluatedPrice").decimalValue()).isEqualByComparingTo("855000.00");
        assertProblem(api.get(base, tokenOf.get(outsider)), 404, "LOT_NOT_FOUND");
        api.get(base, staff).expect(200);
        // the collusion warnings are the committee's too: a seated expert passes the door (the lot's opening record is
        // this test's stand-in, so the analysis is not ready), an expert of another committee does not
        String warnings = "/api/trading/lots/" + lot + "/collusion-warnings";
        assertProblem(api.get(warnings, chair), 409, "COLLUSION_ANALYSIS_NOT_READY");
        assertProblem(api.get(warnings, tokenOf.get(outsider)), 403, "EXPERT_NOT_SEATED");

        // the points of the worked example, expert by expert (index = seat − 1)
        Map<String, int[][]> points = Map.of(
                "A", new int[][] { { 36, 35, 38, 34, 37 }, { 18, 17, 19, 18, 18 }, { 9, 9, 8, 10, 9 } },
                "B", new int[][] { { 30, 31, 29, 32, 30 }, { 15, 16, 15, 14, 16 }, { 8, 8, 7, 8, 9 } },
                "C", new int[][] { { 33, 34, 32, 33, 20 }, { 17, 16, 17, 16, 17 }, { 9, 8, 9, 8, 9 } },
                "D", new int[][] { { 33, 33, 32, 34, 33 }, { 16, 17, 16, 16, 17 }, { 8, 8, 8, 9, 8 } });
        String[] criteria = { "T1", "T2", "B1" };
        // seat 5's first expert scores nothing like the example, then is replaced: those points are void
        for (String bid : points.keySet()) {
            for (String c : criteria) {
                api.post(base + "/scores", tokenOf.get(seats.get(4)),
                        "{\"bidId\":\"" + bidIds.get(bid) + "\",\"criterion\":\"" + c + "\",\"points\":0}").expect(201);
            }
        }
        for (int seat = 0; seat < 4; seat++) {
            steps.scoreAs(tokenOf.get(seats.get(seat)), seat, base, bidIds, points);
        }
        ApiClient.Response replaced = api.post("/api/trading/lots/" + lot + "/committee/seats/5/replacement", staff,
                "{\"reason\":\"MISCONDUCT\"}").expect(200);
        String successor = null;
        for (var s : replaced.body().path("seats")) {
            if (s.path("seat").asInt() == 5 && (s.path("vacatedAt").isNull() || s.path("vacatedAt").isMissingNode())) {
                successor = s.path("expertId").asString();
            }
        }
        assertThat(successor).isNotNull().isNotEqualTo(seats.get(4));
        assertProblem(api.post(base + "/scores", tokenOf.get(seats.get(4)),
                "{\"bidId\":\"" + bidIds.get("A") + "\",\"criterion\":\"T1\",\"points\":1}"), 403, "EXPERT_NOT_SEATED");

        // incomplete: the new seat 5 has not scored
        ApiClient.Response incomplete = api.post(base + "/completion", agent, null);
        assertProblem(incomplete, 409, "EVALUATION_INCOMPLETE");
        assertThat(incomplete.body().path("missing").size()).isEqualTo(12);
        assertThat(incomplete.body().path("missing").get(0).asString()).startsWith("seat 5: bid ");
        assertThat(incomplete.raw()).doesNotContain(successor);

        steps.scoreAs(tokenOf.get(successor), 4, base, bidIds, points);
        ApiClient.Response report = api.post(base + "/completion", agent, null).expect(200);

        assertThat(report.body().path("benchmark").decimalValue()).isEqualByComparingTo("855000.00");
        List<String> order = new ArrayList<>();
        List<java.math.BigDecimal> totals = new ArrayList<>();
        report.body().path("ranking").forEach(r -> {
            order.add(r.path("bidder").asString());
            totals.add(r.path("total").decimalValue());
        });
        assertThat(order).containsExactly("bidder1", "bidder4", "bidder3", "bidder2");
        assertThat(totals).usingElementComparator(java.math.BigDecimal::compareTo).containsExactly(
                new java.math.BigDecimal("88.65"), new java.math.BigDecimal("86.10"), new java.math.BigDecimal("84.75"),
                new java.math.BigDecimal("83.60"));
        assertThat(report.raw()).contains("\"total\":86.10").contains("\"total\":83.60");
        assertThat(report.body().path("candidates").size()).isEqualTo(3);
        assertThat(report.body().path("experts").asInt()).isEqualTo(5);
        assertThat(report.body().path("ranking").get(3).path("evaluatedPrice").decimalValue())
                .isEqualByComparingTo("855000.00");
        assertThat(report.body().path("ranking").get(2).path("priceScore").decimalValue())
                .isEqualByComparingTo("29.15");
        assertThat(tenders.facts(lot).status()).isEqualTo(LotStatus.CANDIDATE_PUBLICITY);
        seats.forEach(e -> assertThat(report.raw()).doesNotContain(e));

        // the bidders read the report; one who did not bid here does not; the scores are stored with their time
        api.get(base + "/report", TestTokens.shared().mint("bidder3", "440100", null, "BIDDER")).expect(200);
        assertProblem(api.get(base + "/report", TestTokens.shared().mint("bidder9", "440300", null, "BIDDER")), 404,
                "LOT_NOT_FOUND");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_score WHERE lot_id = ?").param(lot.toString())
                .query(Integer.class).single()).isEqualTo(72);
        assertProblem(api.post(base + "/completion", agent, null), 409, "ILLEGAL_TRANSITION");

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !EventProbe.await(kafka,
                CommitteeService.TOPIC, e -> projectId.equals(e.key())
                        && "gov.trading.evaluation-completed.v1".equals(e.type()), Duration.ofSeconds(5)).isEmpty());
        EventProbe.Event event = EventProbe.await(kafka, CommitteeService.TOPIC, e -> projectId.equals(e.key())
                && "gov.trading.evaluation-completed.v1".equals(e.type()), Duration.ofSeconds(5)).getFirst();
        Contracts.assertValid(event.type(), event.data());
        assertThat(event.data()).contains("\"total\":\"88.65\"").contains("\"benchmark\":\"855000.00\"");
        seats.forEach(e -> assertThat(event.data()).doesNotContain(e));

        // the candidates' publicity (award/): three days; an objection holds the award until answered; then the first
        String lotPath = "/api/trading/lots/" + lot;
        clock.set(LocalDate.of(2026, 3, 24), LocalTime.of(10, 0));
        assertProblem(api.post(lotPath + "/award", agent, "{\"bidId\":\"" + bidIds.get("A") + "\"}"), 409,
                "PUBLICITY_NOT_STARTED");
        ApiClient.Response publicity = api.post(lotPath + "/publicity", agent, null).expect(201);
        assertThat(publicity.body().path("candidates").size()).isEqualTo(3);
        assertThat(publicity.body().path("endsAt").asString()).isEqualTo("2026-03-27T02:00:00Z");
        assertProblem(api.post(lotPath + "/publicity", agent, null), 409, "ILLEGAL_TRANSITION");
        String bidder3 = TestTokens.shared().mint("bidder3", "440100", null, "BIDDER");
        String objection = api.post(lotPath + "/publicity/objections", bidder3, "{\"text\":\"第一名业绩证明存疑\"}")
                .expect(201).text("id");
        assertThat(api.post(lotPath + "/publicity/objections",
                TestTokens.shared().mint("bidder9", "440300", null, "BIDDER"), "{\"text\":\"异议\"}").status())
                .isEqualTo(404);
        assertProblem(api.post(lotPath + "/award", agent, "{\"bidId\":\"" + bidIds.get("A") + "\"}"), 422,
                "PUBLICITY_NOT_ENDED");
        clock.set(LocalDate.of(2026, 3, 27), LocalTime.of(10, 0));
        assertProblem(api.post(lotPath + "/award", agent, "{\"bidId\":\"" + bidIds.get("A") + "\"}"), 422,
                "OBJECTION_OPEN");
        assertThat(tenders.facts(lot).status()).isEqualTo(LotStatus.CANDIDATE_PUBLICITY);
        api.post(lotPath + "/publicity/objections/" + objection + "/answer", tenderee,
                "{\"answer\":\"经核查，业绩证明真实有效\"}").expect(200);
        // a state-funded project (the default) takes the first candidate unless a statutory ground applies
        assertProblem(api.post(lotPath + "/award", agent, "{\"bidId\":\"" + bidIds.get("D") + "\"}"), 422,
                "DEVIATION_GROUND_REQUIRED");
        ApiClient.Response awarded = api.post(lotPath + "/award", agent, "{\"bidId\":\"" + bidIds.get("A") + "\"}")
                .expect(200);
        assertThat(awarded.text("bidder")).isEqualTo("bidder1");
        assertThat(tenders.facts(lot).status()).isEqualTo(LotStatus.AWARDED);
        assertThat(api.get(lotPath + "/publicity", bidder3).expect(200).body().path("award").path("rank").asInt())
                .isEqualTo(1);
        for (String type : List.of("gov.trading.candidates-published.v1", "gov.trading.candidate-objection-filed.v1",
                "gov.trading.candidate-objection-answered.v1", "gov.trading.awarded.v1")) {
            List<EventProbe.Event> found = EventProbe.await(kafka, CommitteeService.TOPIC,
                    e -> projectId.equals(e.key()) && type.equals(e.type()), Duration.ofSeconds(20));
            assertThat(found).as(type).hasSize(1);
            Contracts.assertValid(type, found.getFirst().data());
        }
        // the open data: the award notice is an OCDS award release naming the supplier and the awarded price
        ApiClient.Response ocds = api.get("/api/trading/ocds/records/ocds-gd0000-" + projectId, null).expect(200);
        org.example.gov.trading.ocds.OcdsSchemas.assertValid(org.example.gov.trading.ocds.OcdsSchemas.RECORD_PACKAGE,
                ocds.raw());
        var releases = ocds.body().path("records").get(0).path("releases");
        var last = releases.get(releases.size() - 1);
        assertThat(last.path("tag").get(0).asString()).isEqualTo("award");
        assertThat(last.path("awards").get(0).path("suppliers").get(0).path("name").asString()).isEqualTo("bidder1");
        assertThat(last.path("awards").get(0).path("value").path("amount").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(ocds.raw()).doesNotContain("bidder2", "950000");
    }

    @Test
    void aRegionsOwnSmeDeductionIsTheDefaultOfItsLotsMethods() {
        ApiClient.Response draft = api.post("/api/trading/projects", tenderee, """
                {"title":"南山区办公设备采购","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440305","lots":[{"name":"设备包","amount":"500000.00","deposit":"10000.00","bidValidityDays":90}]}""")
                .expect(201);
        String lot = draft.body().path("lots").get(0).path("id").asString();
        ApiClient.Response method = api.put("/api/trading/lots/" + lot + "/evaluation/method", tenderee,
                METHOD.formatted(30, 20)).expect(200);
        assertThat(method.body().path("smeDeduction").decimalValue()).isEqualByComparingTo("15");
        assertThat(api.get("/api/trading/lots/" + lot + "/evaluation/method", agent).expect(200).body()
                .path("priceWeight").decimalValue()).isEqualByComparingTo("30");
    }

    @Test
    void theDemoExpertsAreRegisteredAndLinkedOnce() {
        seeder.seedIfAbsent();
        assertThat(seeder.seedIfAbsent()).isFalse();
        assertThat(jdbc.sql("SELECT subject FROM expert_account WHERE subject LIKE 'expert_' ORDER BY subject")
                .query(String.class).list()).containsExactly("expert1", "expert2", "expert3", "expert4", "expert5");
    }

    /**
     * Too few valid bids at completion: a procurement lot fails by itself (废标, 政府采购法 第36条); a construction
     * committee with two valid bids may reject all, with its reason (招标投标法 第42条).
     */
    @Test
    void tooFewValidBidsFailTheLotInsteadOfPublishingCandidates() {
        LotId procurement = steps.evaluatingLot("GOVERNMENT_PROCUREMENT").lot();
        evaluateWithTwoInvalid(procurement);
        api.post("/api/trading/lots/" + procurement + "/evaluation/completion", agent, null).expect(200);
        assertThat(tenders.facts(procurement).status()).isEqualTo(LotStatus.FAILED);
        assertLotFailedEvent(procurement, "TOO_FEW_VALID_BIDS");

        LotId construction = steps.evaluatingLot("CONSTRUCTION").lot();
        evaluateWithTwoInvalid(construction);
        String completion = "/api/trading/lots/" + construction + "/evaluation/completion";
        assertProblem(api.post(completion, agent, "{\"rejectAll\":true}"), 422, "REJECT_ALL_REASON_REQUIRED");
        assertThat(tenders.facts(construction).status()).isEqualTo(LotStatus.EVALUATION);
        api.post(completion, agent, "{\"rejectAll\":true,\"reason\":\"有效投标只有一个，明显缺乏竞争\"}").expect(200);
        assertThat(tenders.facts(construction).status()).isEqualTo(LotStatus.FAILED);
        assertLotFailedEvent(construction, "ALL_BIDS_REJECTED");
    }

    /** The committee invalidates the first two bids and every seated expert scores the third. */
    void evaluateWithTwoInvalid(LotId lot) {
        EvaluationSteps.Drawn committee = steps.drawCommittee(lot);
        String base = "/api/trading/lots/" + lot + "/evaluation";
        List<BidUnderEvaluation> bids = OpenedBidsStandIn.BIDS.get(lot);
        String chair = committee.tokenOf().get(committee.seats().getFirst());
        api.post(base + "/invalidations", chair, "{\"bidId\":\"" + bids.get(0).bidId() + "\",\"reason\":\"未提供资格证明文件\"}")
                .expect(204);
        api.post(base + "/invalidations", chair, "{\"bidId\":\"" + bids.get(1).bidId() + "\",\"reason\":\"投标有效期不足\"}")
                .expect(204);
        for (String expert : committee.seats()) {
            steps.scoreAs(committee.tokenOf().get(expert), 0, base, Map.of("C", bids.get(2).bidId()),
                    Map.of("C", new int[][] { { 30 }, { 15 }, { 8 } }));
        }
    }

    void assertLotFailedEvent(LotId lot, String reason) {
        List<EventProbe.Event> failed = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                "gov.trading.events", e -> e.type().equals("gov.trading.lot-failed.v1") && e.data().contains(lot.toString()),
                java.time.Duration.ofSeconds(20));
        assertThat(failed).hasSize(1);
        Contracts.assertValid(failed.getFirst().type(), failed.getFirst().data());
        assertThat(failed.getFirst().data()).contains("\"reason\":\"" + reason + "\"", "\"bidCount\":1",
                "\"minBids\":3");
    }
}
