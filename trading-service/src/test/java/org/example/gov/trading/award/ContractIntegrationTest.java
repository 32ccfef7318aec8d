package org.example.gov.trading.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.TradingIntegrationTest;
import org.example.gov.trading.ocds.OcdsSchemas;
import org.example.gov.trading.scoring.EvaluationSteps;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From the award notice to the contract over REST, on real MariaDB and Kafka: what the award releases (the others'
 * guarantees, procurement losers' deposits), the contract on the awarded price (lot CONTRACTED, the winner's guarantee
 * released, construction deposits scheduled 5 days after it, an OCDS {@code contract} release), a procurement challenge
 * holding the contract, the deadline warnings once each, and a refusal claiming the winner's guarantee. Lots from
 * {@link EvaluationSteps}: deadline 23 March 2026, candidates bidder1 (1,000,000.00), bidder3, bidder2.
 */
class ContractIntegrationTest extends TradingIntegrationTest {

    static final String SHA = "3f".repeat(32);

    @Autowired
    ContractService contracts;

    @Autowired
    AwardService awards;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final String guarantor = TestTokens.shared().mint("guarantor1", "440300", null, "GUARANTOR");

    @Test
    void theSignedContractReleasesTheSecurityMovesTheLotAndIsAnOcdsContractRelease() {
        EvaluationSteps.Evaluated e = steps.withCandidates("CONSTRUCTION", lot -> {
            guarantee(lot, "bidder1");
            guarantee(lot, "bidder3");
            deposit(lot, "bidder2");
        });
        String lotPath = "/api/trading/lots/" + e.lot();
        String contract = lotPath + "/contract";
        ApiClient.Response early = api.get(contract, steps.agent);
        assertProblem(early, 409, "ILLEGAL_TRANSITION");
        assertThat(early.body().path("allowed").toString()).contains("award");

        award(e, LocalDate.of(2026, 3, 27));
        ApiClient.Response awaiting = api.get(contract, steps.staff).expect(200);
        assertThat(awaiting.text("status")).isEqualTo("AWAITING_SIGNATURE");
        assertThat(awaiting.text("dueOn")).isEqualTo("2026-04-27"); // 26 April + a Sunday → Monday
        // a construction lot keeps every bidder's security until the contract (招标投标法实施条例 第57条)
        assertThat(guaranteeStatuses(e.lot())).containsEntry("bidder1", "VERIFIED").containsEntry("bidder3", "VERIFIED");
        assertThat(depositOf(e.lot(), "bidder2").path("status").asString()).isEqualTo("PAID");

        clock.set(LocalDate.of(2026, 3, 30), LocalTime.of(15, 0));
        String body = "{\"number\":\"HT-2026-0330\",\"signedOn\":\"2026-03-30\",\"amount\":\"%s\",\"documentSha256\":\"%s\"}";
        assertProblem(api.post(contract, steps.agent, body.formatted("990000.00", SHA)), 422, "CONTRACT_AMOUNT_DEVIATES");
        assertThat(api.post(contract, steps.agent, body.formatted("1000000.00", "not-a-hash")).status()).isEqualTo(400);
        assertProblem(api.post(contract, TestTokens.shared().mint("tenderee-x", "440300", null, "TENDEREE"),
                body.formatted("1000000.00", SHA)), 404, "LOT_NOT_FOUND");
        assertThat(api.post(contract, TestTokens.shared().mint("bidder1", "440300", null, "BIDDER"),
                body.formatted("1000000.00", SHA)).status()).isEqualTo(403);
        assertThat(tenders.facts(e.lot()).status()).isEqualTo(LotStatus.AWARDED);

        ApiClient.Response signed = api.post(contract, steps.tenderee, body.formatted("1000000.00", SHA)).expect(201);
        assertThat(signed.text("status")).isEqualTo("SIGNED");
        assertThat(signed.body().path("signature").path("late").asBoolean()).isFalse();
        assertThat(tenders.facts(e.lot()).status()).isEqualTo(LotStatus.CONTRACTED);
        assertProblem(api.post(contract, steps.tenderee, body.formatted("1000000.00", SHA)), 409, "ILLEGAL_TRANSITION");
        assertThat(guaranteeStatuses(e.lot())).containsEntry("bidder1", "RELEASED").containsEntry("bidder3", "RELEASED");
        // 30 March + 5 days = 4 April, in the 清明 holiday (4-6 April) → Tuesday 7 April
        var deposit = depositOf(e.lot(), "bidder2");
        assertThat(deposit.path("status").asString()).isEqualTo("REFUND_SCHEDULED");
        assertThat(deposit.path("refundDue").asString()).isEqualTo("2026-04-07");

        EventProbe.Event event = onlyEvent(e.projectId(), "gov.trading.contract-signed.v1");
        assertThat(event.data()).contains("\"contractNumber\":\"HT-2026-0330\"", "\"late\":false");

        ApiClient.Response ocds = api.get("/api/trading/ocds/records/ocds-gd0000-" + e.projectId(), null).expect(200);
        OcdsSchemas.assertValid(OcdsSchemas.RECORD_PACKAGE, ocds.raw());
        var releases = ocds.body().path("records").get(0).path("releases");
        var last = releases.get(releases.size() - 1);
        assertThat(last.path("tag").get(0).asString()).isEqualTo("contract");
        assertThat(last.path("contracts").get(0).path("awardID").asString()).isEqualTo("award-" + e.lot());
        assertThat(last.path("contracts").get(0).path("value").path("amount").decimalValue())
                .isEqualByComparingTo("1000000.00");
        assertThat(last.path("contracts").get(0).path("dateSigned").asString()).isEqualTo("2026-03-29T16:00:00Z");
    }

    @Test
    void aProcurementChallengeHoldsTheContractTheWarningsComeOnceEachAndARefusalPassesTheAwardToTheNext() {
        EvaluationSteps.Evaluated e = steps.withCandidates("GOVERNMENT_PROCUREMENT", lot -> {
            guarantee(lot, "bidder1");
            guarantee(lot, "bidder2");
            deposit(lot, "bidder3");
        });
        String contract = "/api/trading/lots/" + e.lot() + "/contract";
        award(e, LocalDate.of(2026, 3, 26));
        // the unsuccessful supplier's deposit: 5 working days from the notice (政府采购法实施条例 第38条)
        assertThat(depositOf(e.lot(), "bidder3").path("refundDue").asString()).isEqualTo("2026-04-02");

        // a procurement's unsuccessful suppliers have their guarantees back from the notice
        assertThat(guaranteeStatuses(e.lot())).containsEntry("bidder1", "VERIFIED").containsEntry("bidder2", "RELEASED");
        // a challenge of the result after the award, within its 7 working days, holds the contract until answered
        clock.set(LocalDate.of(2026, 3, 27), LocalTime.of(10, 0));
        String challenge = api.post("/api/trading/lots/" + e.lot() + "/publicity/objections",
                TestTokens.shared().mint("bidder2", "440300", null, "BIDDER"), "{\"text\":\"评分有误\"}")
                .expect(201).text("id");
        String body = "{\"number\":\"HT-1\",\"signedOn\":\"2026-03-27\",\"amount\":\"1000000.00\",\"documentSha256\":\"" + SHA
                + "\"}";
        assertProblem(api.post(contract, steps.agent, body), 422, "CHALLENGE_OPEN");
        api.post("/api/trading/lots/" + e.lot() + "/publicity/objections/" + challenge + "/answer", steps.agent,
                "{\"answer\":\"经复核评分无误\"}").expect(200);

        // unsigned: last day 27 April (26 March + 30 = Saturday 25 April); warnings from 22 April, once each
        assertThat(api.get(contract, steps.agent).expect(200).text("dueOn")).isEqualTo("2026-04-27");
        clock.set(LocalDate.of(2026, 4, 21), LocalTime.of(9, 0));
        assertThat(raisedFor(e.lot())).isZero();
        clock.set(LocalDate.of(2026, 4, 22), LocalTime.of(9, 0));
        assertThat(raisedFor(e.lot())).isEqualTo(1);
        assertThat(raisedFor(e.lot())).isZero();
        clock.set(LocalDate.of(2026, 4, 27), LocalTime.of(9, 0));
        assertThat(raisedFor(e.lot())).isEqualTo(1);
        clock.set(LocalDate.of(2026, 4, 28), LocalTime.of(9, 0));
        assertThat(raisedFor(e.lot())).isEqualTo(1);
        assertThat(raisedFor(e.lot())).isZero();
        assertThat(api.get(contract, steps.staff).expect(200).body().path("warnings").toString())
                .isEqualTo("[\"APPROACHING\",\"LAST_DAY\",\"OVERDUE\"]");
        List<EventProbe.Event> warnings = events(e.projectId(), "gov.trading.contract-deadline-warning.v1", 3);
        assertThat(warnings).hasSize(3);
        warnings.forEach(w -> Contracts.assertValid(w.type(), w.data()));

        // the winner refuses: its guarantee is claimed, nothing can be signed any more
        api.post(contract + "/refusal", steps.tenderee, "{\"reason\":\"中标人书面表示放弃中标\"}").expect(200);
        assertThat(guaranteeStatuses(e.lot())).containsEntry("bidder1", "CLAIMED");
        assertProblem(api.post(contract, steps.agent, body.replace("2026-03-27", "2026-04-28")), 409,
                "ILLEGAL_TRANSITION");
        assertThat(tenders.facts(e.lot()).status()).isEqualTo(LotStatus.AWARDED);
        EventProbe.Event refused = onlyEvent(e.projectId(), "gov.trading.contract-refused.v1");
        assertThat(refused.data()).doesNotContain("放弃");

        // the next candidate in order (bidder3, then bidder2), on the statutory ground (政府采购法实施条例 第49条)
        String lotPath = "/api/trading/lots/" + e.lot();
        assertProblem(api.post(lotPath + "/award", steps.agent, "{\"bidId\":\"" + e.bidOf().get("bidder2")
                + "\",\"ground\":\"FIRST_DECLINED\",\"reason\":\"第一名拒绝签订合同\"}"), 422, "NOT_NEXT_CANDIDATE");
        api.post(lotPath + "/award", steps.agent, "{\"bidId\":\"" + e.bidOf().get("bidder3")
                + "\",\"ground\":\"FIRST_DECLINED\",\"reason\":\"第一名拒绝签订合同\"}").expect(200);
        ApiClient.Response next = api.get(contract, steps.agent).expect(200);
        assertThat(next.text("status")).isEqualTo("AWAITING_SIGNATURE");
        assertThat(next.text("bidder")).isEqualTo("bidder3");
        assertThat(next.text("dueOn")).isEqualTo("2026-05-28"); // 28 April + 30 days
        assertThat(next.body().path("earlierRefusals").size()).isEqualTo(1);
        assertThat(api.get(lotPath + "/publicity", steps.agent).expect(200).body().path("earlierAwards").get(0)
                .path("bidder").asString()).isEqualTo("bidder1");
        api.post(contract, steps.agent, "{\"number\":\"HT-2\",\"signedOn\":\"2026-04-28\",\"amount\":\"980000.00\","
                + "\"documentSha256\":\"" + SHA + "\"}").expect(201);
        assertThat(tenders.facts(e.lot()).status()).isEqualTo(LotStatus.CONTRACTED);
    }

    @Test
    void candidatesNotPublishedThreeDaysAfterTheReportRaiseOneWarning() {
        EvaluationSteps.Evaluated e = steps.withCandidates("CONSTRUCTION", lot -> { }); // report 24 March 10:00
        clock.set(LocalDate.of(2026, 3, 27), LocalTime.of(9, 59));
        awards.warnPublicityDue();
        assertThat(publicityWarnings(e.lot())).isZero();
        clock.set(LocalDate.of(2026, 3, 27), LocalTime.of(10, 1));
        awards.warnPublicityDue();
        awards.warnPublicityDue();
        assertThat(publicityWarnings(e.lot())).isEqualTo(1);
        EventProbe.Event warning = onlyEvent(e.projectId(), "gov.trading.publicity-overdue.v1");
        assertThat(warning.data()).contains("\"publicationDue\":\"2026-03-27T02:00:00Z\"");
        // late, the publicity is still possible (the warning is the supervisors' to follow up)
        api.post("/api/trading/lots/" + e.lot() + "/publicity", steps.agent, null).expect(201);
    }

    int publicityWarnings(LotId lot) {
        return jdbc.sql("SELECT COUNT(*) FROM award_warning WHERE lot_id = ? AND kind = 'PUBLICITY_OVERDUE'")
                .param(lot.toString()).query(Integer.class).single();
    }

    /** Raises the warnings due now; how many concern this lot (other tests' lots may be due too). */
    int raisedFor(LotId lot) {
        int before = warnedCount(lot);
        contracts.warnDue();
        return warnedCount(lot) - before;
    }

    int warnedCount(LotId lot) {
        return api.get("/api/trading/lots/" + lot + "/contract", steps.staff).expect(200).body().path("warnings").size();
    }

    /** Publicity on 24 March, the award of the first candidate at 10:00 on {@code on}. */
    void award(EvaluationSteps.Evaluated e, LocalDate on) {
        String lotPath = "/api/trading/lots/" + e.lot();
        api.post(lotPath + "/publicity", steps.agent, null).expect(201);
        clock.set(on, LocalTime.of(10, 0));
        api.post(lotPath + "/award", steps.agent, "{\"bidId\":\"" + e.bidOf().get("bidder1") + "\"}").expect(200);
    }

    /** A 20,000-yuan e-guarantee issued by guarantor1 and verified by the bidder's presentation. */
    void guarantee(LotId lot, String bidder) {
        String number = "BG-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] document = ("电子投标保函 " + number).getBytes(StandardCharsets.UTF_8);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(document, 0, document.length);
        byte[] digest = new byte[32];
        sm3.doFinal(digest, 0);
        api.post("/api/guarantor/guarantees", guarantor, """
                {"guaranteeNumber":"%s","lotId":"%s","bidder":"%s","amount":"20000.00","validUntil":"2026-06-20","documentSm3":"%s"}"""
                .formatted(number, lot, bidder, HexFormat.of().formatHex(digest))).expect(201);
        api.post("/api/trading/lots/" + lot + "/guarantees/mine/verification",
                TestTokens.shared().mint(bidder, "440300", null, "BIDDER"),
                "{\"guarantor\":\"guarantor1\",\"guaranteeNumber\":\"%s\",\"document\":\"%s\"}".formatted(number,
                        Base64.getEncoder().encodeToString(document))).expect(200);
    }

    void deposit(LotId lot, String bidder) {
        api.post("/api/trading/lots/" + lot + "/deposits", steps.staff, """
                {"bidder":"%s","amount":"20000.00","payingAccount":"6222 0000 1111 2222","paidOn":"2026-03-02"}"""
                .formatted(bidder)).expect(201);
    }

    Map<String, String> guaranteeStatuses(LotId lot) {
        return api.get("/api/trading/lots/" + lot + "/guarantees", steps.staff).expect(200).body().valueStream()
                .collect(Collectors.toMap(g -> g.path("bidder").asString(), g -> g.path("status").asString()));
    }

    /** The bidder's own view of its deposit (GET …/deposits/mine). */
    tools.jackson.databind.JsonNode depositOf(LotId lot, String bidder) {
        return api.get("/api/trading/lots/" + lot + "/deposits/mine",
                TestTokens.shared().mint(bidder, "440300", null, "BIDDER")).expect(200).body().get(0);
    }

    List<EventProbe.Event> events(String projectId, String type, int atLeast) {
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> EventProbe.await(kafka,
                AwardEvent.TOPIC, x -> projectId.equals(x.key()) && type.equals(x.type()), Duration.ofSeconds(3))
                .size() >= atLeast);
        return EventProbe.await(kafka, AwardEvent.TOPIC, x -> projectId.equals(x.key()) && type.equals(x.type()),
                Duration.ofSeconds(3));
    }

    EventProbe.Event onlyEvent(String projectId, String type) {
        List<EventProbe.Event> found = events(projectId, type, 1);
        assertThat(found).as(type).hasSize(1);
        Contracts.assertValid(type, found.getFirst().data());
        return found.getFirst();
    }
}
