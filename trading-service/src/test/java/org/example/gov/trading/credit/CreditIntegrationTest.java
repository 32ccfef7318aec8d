package org.example.gov.trading.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.expert.ExpertCreditBars;
import org.example.gov.trading.expert.ExpertId;
import org.example.gov.trading.TradingIntegrationTest;
import org.example.gov.trading.scoring.BidUnderEvaluation;
import org.example.gov.trading.scoring.OpenedBidsStandIn;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Credit through REST on real MariaDB and Kafka: records and their events; a barred bidder's bid invalid at evaluation
 * with the record named, while records outside their period, revoked or of another track bar nothing; who reads what;
 * the public list; the agent's evaluation once per project by its tenderee; an expert's bar reaching the draw. The
 * opened bids are given by the shared stand-in (TradingIntegrationTest).
 */
class CreditIntegrationTest extends TradingIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExpertCreditBars expertBars;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String tenderee = TestTokens.shared().mint("tenderee1", "440300", null, "TENDEREE");
    final String agent = TestTokens.shared().mint("tenderagent1", "440300", null, "TENDER_AGENT");
    final String staff = TestTokens.shared().mint("trader1", "440300", "公共资源交易中心", "TRADING_STAFF");
    final String supervisor = TestTokens.shared().mint("supervisor1", "440300", "市财政局", "SUPERVISOR");
    final String guangzhouStaff = TestTokens.shared().mint("trader-gz", "440100", "公共资源交易中心", "TRADING_STAFF");

    /** Without the content type check of the base class's: these assertions are as they were written. */
    protected static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }

    String record(String kind, String subject, String track, boolean bars, String from, String until) {
        return api.post("/api/trading/credit/records", staff, """
                {"subjectKind":"%s","subjectId":"%s","subjectName":null,"misconduct":"提供虚假业绩证明谋取中标",
                 "basis":"政府采购法 第七十七条","decisionRef":"深财购〔2026〕%s号","department":"深圳市财政局",
                 "region":"440300","track":%s,"bars":%s,"from":"%s","until":"%s"}"""
                .formatted(kind, subject, run, track == null ? "null" : "\"" + track + "\"", bars, from, until))
                .expect(201).text("id");
    }

    /** A procurement lot evaluated by lowest price whose deadline is 2026-03-23 (Shanghai), in EVALUATION. */
    LotId evaluatingLot(List<String> bidders) {
        String projectId = api.post("/api/trading/projects", tenderee, """
                {"title":"信用审查测试采购","track":"GOVERNMENT_PROCUREMENT","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[{"name":"设备包","amount":"1200000.00","deposit":"20000.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
        ApiClient.Response announced = api.post("/api/trading/projects/" + projectId + "/announcement", agent, """
                {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                 "bidDeadline":"2026-03-23T01:30:00Z"}""").expect(200);
        LotId lot = LotId.of(announced.body().path("lots").get(0).path("id").asString());
        api.put("/api/trading/lots/" + lot + "/evaluation/method", agent,
                "{\"kind\":\"LOWEST_EVALUATED_PRICE\",\"subject\":\"GOODS\"}").expect(200);
        List<BidUnderEvaluation> bids = new ArrayList<>();
        for (int i = 0; i < bidders.size(); i++) {
            bids.add(new BidUnderEvaluation(UUID.randomUUID().toString(), bidders.get(i),
                    new BigDecimal("900000.00").add(BigDecimal.valueOf(10_000L * i)), false));
        }
        OpenedBidsStandIn.BIDS.put(lot, bids);
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(10, 0));
        tenders.deadlinePassed(lot, bids.size(), Instant.parse("2026-03-23T02:00:00Z"));
        tenders.openingConcluded(lot);
        return lot;
    }

    @Test
    void aBarredBiddersBidIsInvalidAtEvaluationWithTheRecordNamedAndNoOtherRecordBars() {
        String barred = "bad-" + run;
        String expired = "expired-" + run;
        String future = "future-" + run;
        String revoked = "revoked-" + run;
        String otherTrack = "track-" + run;
        String clean = "clean-" + run;
        String barring = record("BIDDER", barred, null, true, "2026-03-01", "2027-02-28");
        record("BIDDER", expired, null, true, "2025-03-23", "2026-03-22");
        record("BIDDER", future, "GOVERNMENT_PROCUREMENT", true, "2026-03-24", "2027-03-23");
        String toRevoke = record("BIDDER", revoked, null, true, "2026-01-01", "2026-12-31");
        record("BIDDER", otherTrack, "CONSTRUCTION", true, "2026-01-01", "2026-12-31");
        record("BIDDER", clean, null, false, "2026-01-01", "2026-12-31");
        api.post("/api/trading/credit/records/" + toRevoke + "/revocation", supervisor,
                "{\"reason\":\"行政复议撤销原处罚决定\"}").expect(200);

        LotId lot = evaluatingLot(List.of(barred, expired, future, revoked, otherTrack, clean));
        Map<String, String> bidOf = new java.util.HashMap<>();
        OpenedBidsStandIn.BIDS.get(lot).forEach(b -> bidOf.put(b.bidder(), b.bidId()));
        String base = "/api/trading/lots/" + lot + "/evaluation";

        JsonNode overview = api.get(base, agent).expect(200).body();
        for (JsonNode bid : overview.path("bids")) {
            String reason = bid.path("invalidReason").isNull() ? null : bid.path("invalidReason").asString();
            if (bid.path("bidder").asString().equals(barred)) {
                assertThat(reason).contains(barring, "深财购〔2026〕" + run + "号", "政府采购法 第七十七条");
            } else {
                assertThat(reason).as(bid.path("bidder").asString()).isNull();
            }
        }

        // the credit check at qualification: every record in force on the deadline's date, barring or not
        JsonNode check = api.get(base + "/credit", agent).expect(200).body();
        assertThat(check.path("date").asString()).isEqualTo("2026-03-23");
        assertThat(check.path("records").valueStream().map(r -> r.path("bidder").asString()))
                .containsExactlyInAnyOrder(barred, otherTrack, clean);
        assertThat(check.path("records").valueStream().filter(r -> r.path("recordId").asString().equals(barring))
                .findFirst().orElseThrow().path("bars").asBoolean()).isTrue();
        api.get(base + "/credit", staff).expect(200);
        String otherTenderee = TestTokens.shared().mint("tenderee-other", "440300", null, "TENDEREE");
        assertProblem(api.get(base + "/credit", otherTenderee), 404, "LOT_NOT_FOUND");
        assertThat(api.get(base + "/credit", TestTokens.shared().mint(barred, "440300", null, "BIDDER")).status())
                .isEqualTo(403);

        JsonNode report = api.post(base + "/completion", agent, null).expect(200).body();
        assertThat(report.path("rejected")).hasSize(1);
        JsonNode rejected = report.path("rejected").get(0);
        assertThat(rejected.path("bidId").asString()).isEqualTo(bidOf.get(barred));
        assertThat(rejected.path("code").asString()).isEqualTo("CREDIT_BARRED");
        assertThat(rejected.path("reason").asString()).contains(barring);
        assertThat(report.path("ranking")).hasSize(5);
        assertThat(tenders.facts(lot).status()).isEqualTo(LotStatus.CANDIDATE_PUBLICITY);
    }

    @Test
    void recordsAreReadProvinceWideByStaffByTheSubjectItselfAndTheirBarsPubliclyWithoutPersonalData() {
        String bidder = "bidder-" + run;
        String id = record("BIDDER", bidder, null, true, "2026-03-01", "2027-02-28");
        String expert = UUID.randomUUID().toString();
        String expertRecord = record("EXPERT", expert, null, true, "2026-03-01", "2031-02-28");

        // the event, with no misconduct text
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        EventProbe.Event recorded = EventProbe.await(kafka, CreditEvent.TOPIC, e -> bidder.equals(e.key())
                && "gov.trading.credit-recorded.v1".equals(e.type()), Duration.ofSeconds(20)).getFirst();
        Contracts.assertValid(recorded.type(), recorded.data());
        assertThat(recorded.data()).contains(id).doesNotContain("虚假业绩");

        // staff of another region read them (one record bars everywhere), the subject its own, nobody else
        assertThat(api.get("/api/trading/credit/subjects/" + bidder, guangzhouStaff).expect(200).body()).hasSize(1);
        String self = TestTokens.shared().mint(bidder, "440300", null, "BIDDER");
        assertThat(api.get("/api/trading/credit/subjects/" + bidder, self).expect(200).body().get(0)
                .path("inForce").asBoolean()).isTrue();
        api.get("/api/trading/credit/records/" + id, self).expect(200);
        String another = TestTokens.shared().mint("bidder-other", "440300", null, "BIDDER");
        assertProblem(api.get("/api/trading/credit/subjects/" + bidder, another), 404, "CREDIT_SUBJECT_NOT_FOUND");
        assertProblem(api.get("/api/trading/credit/records/" + id, another), 404, "CREDIT_RECORD_NOT_FOUND");

        // only the issuing region's staff and supervisors change them
        assertProblem(api.post("/api/trading/credit/records/" + id + "/revocation", guangzhouStaff,
                "{\"reason\":\"x\"}"), 404, "CREDIT_RECORD_NOT_FOUND");
        assertProblem(api.post("/api/trading/credit/records", guangzhouStaff, """
                {"subjectKind":"BIDDER","subjectId":"x","misconduct":"m","basis":"b","decisionRef":"d",
                 "department":"d","region":"440300","bars":true,"from":"2026-03-01","until":"2026-06-01"}"""), 403,
                "CREDIT_REGION_OUT_OF_SCOPE");

        // bad input changes nothing
        int before = jdbc.sql("SELECT COUNT(*) FROM credit_record").query(Integer.class).single();
        assertProblem(api.post("/api/trading/credit/records", staff, """
                {"subjectKind":"BIDDER","subjectId":"x","misconduct":"m","basis":"b","decisionRef":"d",
                 "department":"d","region":"440300","bars":true,"from":"2026-03-01","until":"2029-03-01"}"""), 422,
                "CREDIT_BAR_TOO_LONG");
        assertThat(api.post("/api/trading/credit/records", staff, "{\"subjectKind\":\"BIDDER\"}").status())
                .isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM credit_record").query(Integer.class).single()).isEqualTo(before);

        // the public list: the organisation's bar in force, never the expert's, no history or staff account
        ApiClient.Response open = api.get("/api/trading/public/credit-bars?size=100", null).expect(200);
        assertThat(open.raw()).contains(id).doesNotContain(expertRecord).doesNotContain(expert)
                .doesNotContain("trader1").doesNotContain("history");

        // a correction and a revocation: history appended, the bar gone from the public list, twice is 409
        JsonNode corrected = api.post("/api/trading/credit/records/" + id + "/correction", supervisor,
                "{\"from\":\"2026-03-01\",\"until\":\"2026-09-30\",\"reason\":\"复议变更期限\"}").expect(200).body();
        assertThat(corrected.path("history")).hasSize(2);
        api.post("/api/trading/credit/records/" + id + "/revocation", supervisor, "{\"reason\":\"判决撤销\"}")
                .expect(200);
        ApiClient.Response again = api.post("/api/trading/credit/records/" + id + "/revocation", supervisor,
                "{\"reason\":\"判决撤销\"}");
        assertProblem(again, 409, "ILLEGAL_TRANSITION");
        assertThat(api.get("/api/trading/public/credit-bars?size=100", null).expect(200).raw()).doesNotContain(id);
        EventProbe.Event revokedEvent = EventProbe.await(kafka, CreditEvent.TOPIC, e -> bidder.equals(e.key())
                && "gov.trading.credit-revoked.v1".equals(e.type()), Duration.ofSeconds(20)).getFirst();
        Contracts.assertValid(revokedEvent.type(), revokedEvent.data());
    }

    @Test
    void anExpertsBarReachesTheDrawAsAPenaltyOnlyWithinItsPeriodAndTrack() {
        ExpertId expert = ExpertId.of(UUID.randomUUID().toString());
        record("EXPERT", expert.toString(), "CONSTRUCTION", true, "2026-03-01", "2026-12-31");
        assertThat(expertBars.barred(List.of(expert), LocalDate.of(2026, 3, 23), Track.CONSTRUCTION).get(expert))
                .singleElement().satisfies(p -> assertThat(p.inForceOn(LocalDate.of(2026, 3, 23))).isTrue());
        assertThat(expertBars.barred(List.of(expert), LocalDate.of(2027, 1, 1), Track.CONSTRUCTION)).isEmpty();
        assertThat(expertBars.barred(List.of(expert), LocalDate.of(2026, 3, 23), Track.GOVERNMENT_PROCUREMENT))
                .isEmpty();
    }

    @Test
    void aWholePoolIsAskedAboutAtOnceAndOnlyItsBarredExpertComesBack() {
        ExpertId barred = ExpertId.of(UUID.randomUUID().toString());
        ExpertId outsider = ExpertId.of(UUID.randomUUID().toString());
        record("EXPERT", barred.toString(), null, true, "2026-03-01", "2026-12-31");
        record("EXPERT", outsider.toString(), null, true, "2026-03-01", "2026-12-31");
        List<ExpertId> pool = new java.util.ArrayList<>(List.of(barred));
        while (pool.size() < 1_000) { // above CreditRepository.IN_LIST_LIMIT: read as the kind's records in force
            pool.add(ExpertId.of(UUID.randomUUID().toString()));
        }
        assertThat(expertBars.barred(pool, LocalDate.of(2026, 3, 23), Track.CONSTRUCTION)).containsOnlyKeys(barred);
    }

    @Test
    void theTendereeEvaluatesItsAgentOnceAfterTheAwardAndStaffReadTheAgentsMeans() {
        LotId lot = evaluatingLot(List.of("b1-" + run, "b2-" + run, "b3-" + run));
        String projectId = tenders.facts(lot).projectId().toString();
        String path = "/api/trading/projects/" + projectId + "/agent-evaluation";
        String body = "{\"professionalism\":5,\"compliance\":4,\"timeliness\":4,\"service\":3,\"comment\":\"开标组织有序\"}";

        assertProblem(api.post(path, tenderee, body), 409, "ILLEGAL_TRANSITION");
        tenders.evaluationConcluded(lot);
        tenders.awarded(lot);

        assertThat(api.post(path, agent, body).status()).isEqualTo(403);
        String otherTenderee = TestTokens.shared().mint("tenderee-other", "440300", null, "TENDEREE");
        assertProblem(api.post(path, otherTenderee, body), 404, "PROJECT_NOT_FOUND");
        assertThat(api.post(path, tenderee, body.replace("\"service\":3", "\"service\":6")).status()).isEqualTo(400);
        JsonNode rated = api.post(path, tenderee, body).expect(201).body();
        assertThat(rated.path("overall").decimalValue()).isEqualByComparingTo("4.00");
        assertProblem(api.post(path, tenderee, body), 409, "AGENT_ALREADY_EVALUATED");
        assertThat(api.get(path, agent).expect(200).body().path("comment").asString()).isEqualTo("开标组织有序");

        JsonNode rating = api.get("/api/trading/credit/agents/tenderagent1/rating", staff).expect(200).body();
        assertThat(rating.path("evaluations").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/trading/credit/agents/tenderagent1/rating", guangzhouStaff).expect(200).body()
                .path("evaluations").asLong()).isZero();
        api.get("/api/trading/credit/agents/tenderagent1/rating", agent).expect(200);
        String otherAgent = TestTokens.shared().mint("tenderagent2", "440300", null, "TENDER_AGENT");
        assertProblem(api.get("/api/trading/credit/agents/tenderagent1/rating", otherAgent), 404, "AGENT_NOT_FOUND");

        EventProbe.Event evaluated = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                CreditEvent.TOPIC, e -> "gov.trading.agent-evaluated.v1".equals(e.type())
                        && e.data().contains(projectId), Duration.ofSeconds(20)).getFirst();
        Contracts.assertValid(evaluated.type(), evaluated.data());
        assertThat(evaluated.data()).doesNotContain("开标组织有序");
    }
}
