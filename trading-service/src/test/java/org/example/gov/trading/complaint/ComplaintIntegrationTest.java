package org.example.gov.trading.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.TradingIntegrationTest;
import org.example.gov.trading.scoring.EvaluationSteps;
import org.example.gov.trading.tender.LotStatus;
import org.junit.jupiter.api.Test;

/**
 * A complaint over REST on real MariaDB and Kafka: filed by the objecting bidder after the tenderee's answer, read by
 * whom it concerns, accepted by a supervisor of the lot's region, the procedure suspended (the award refused with
 * PROCEDURE_SUSPENDED), dismissed — and the award goes ahead; the events carry no complaint text.
 */
class ComplaintIntegrationTest extends TradingIntegrationTest {

    final String bidder2 = TestTokens.shared().mint("bidder2", "440300", null, "BIDDER");
    final String bidder3 = TestTokens.shared().mint("bidder3", "440300", null, "BIDDER");
    final String supervisor = TestTokens.shared().mint("supervisor1", "440300", "住房和建设局", "SUPERVISOR");
    final String guangzhouSupervisor = TestTokens.shared().mint("supervisor-gz", "440100", "住房和建设局", "SUPERVISOR");

    @Test
    void anAcceptedComplaintSuspendsTheAwardUntilItIsDecided() {
        EvaluationSteps.Evaluated e = steps.withCandidates("CONSTRUCTION", lot -> { });
        String lotPath = "/api/trading/lots/" + e.lot();
        api.post(lotPath + "/publicity", steps.agent, null).expect(201); // 24 March 10:00, for 3 days
        clock.set(LocalDate.of(2026, 3, 25), LocalTime.of(10, 0));
        String objection = api.post(lotPath + "/publicity/objections", bidder2, "{\"text\":\"第一名业绩证明存疑\"}")
                .expect(201).text("id");
        String complaint = "{\"objectionId\":\"" + objection + "\",\"text\":\"异议答复未核实业绩，请求复查\"}";
        assertProblem(api.post(lotPath + "/complaints", bidder2, complaint), 422, "OBJECTION_NOT_ANSWERED");
        clock.set(LocalDate.of(2026, 3, 26), LocalTime.of(10, 0));
        api.post(lotPath + "/publicity/objections/" + objection + "/answer", steps.tenderee,
                "{\"answer\":\"经核查，业绩证明真实有效\"}").expect(200);

        // the objecting bidder complains; another bidder cannot lean on that objection; a stranger reaches nothing
        assertProblem(api.post(lotPath + "/complaints", bidder3, complaint), 422, "NOT_YOUR_OBJECTION");
        assertProblem(api.post(lotPath + "/complaints", TestTokens.shared().mint("bidder9", "440300", null, "BIDDER"),
                complaint), 404, "LOT_NOT_FOUND");
        ApiClient.Response filed = api.post(lotPath + "/complaints", bidder2, complaint).expect(201);
        String id = filed.text("id");
        assertThat(filed.text("status")).isEqualTo("FILED");
        assertThat(filed.text("acceptDue")).isEqualTo("2026-03-31T16:00:00Z"); // 27, 30, 31 March
        assertThat(api.get(lotPath + "/complaints", steps.tenderee).expect(200).body().size()).isEqualTo(1);
        assertThat(api.get(lotPath + "/complaints", bidder3).expect(200).body().size()).isZero();
        assertProblem(api.get("/api/trading/complaints/" + id, bidder3), 404, "COMPLAINT_NOT_FOUND");
        api.get("/api/trading/complaints/" + id, bidder2).expect(200);

        // a supervisor of the lot's region accepts it and suspends the procedure; Guangzhou's reaches nothing
        assertProblem(api.post("/api/trading/complaints/" + id + "/acceptance", guangzhouSupervisor, null), 404,
                "COMPLAINT_NOT_FOUND");
        assertThat(api.get("/api/trading/complaints", guangzhouSupervisor).expect(200).body().size()).isZero();
        assertThat(api.get("/api/trading/complaints", supervisor).expect(200).body().valueStream()
                .anyMatch(c -> c.path("id").asString().equals(id))).isTrue();
        assertProblem(api.post("/api/trading/complaints/" + id + "/suspension", supervisor,
                "{\"reason\":\"调取评标录像\"}"), 409, "ILLEGAL_TRANSITION");
        api.post("/api/trading/complaints/" + id + "/acceptance", supervisor, null).expect(200);
        ApiClient.Response suspended = api.post("/api/trading/complaints/" + id + "/suspension", supervisor,
                "{\"reason\":\"调取评标录像\"}").expect(200);
        assertThat(suspended.body().path("suspendsNow").asBoolean()).isTrue();

        clock.set(LocalDate.of(2026, 3, 27), LocalTime.of(11, 0)); // the publicity has ended
        String award = "{\"bidId\":\"" + e.bidOf().get("bidder1") + "\"}";
        assertProblem(api.post(lotPath + "/award", steps.agent, award), 422, "PROCEDURE_SUSPENDED");
        assertThat(tenders.facts(e.lot()).status()).isEqualTo(LotStatus.CANDIDATE_PUBLICITY);

        ApiClient.Response decided = api.post("/api/trading/complaints/" + id + "/decision", supervisor,
                "{\"outcome\":\"DISMISSED\",\"decision\":\"投诉事项缺乏事实依据，驳回投诉\"}").expect(200);
        assertThat(decided.text("status")).isEqualTo("DECIDED");
        assertThat(decided.body().path("suspendsNow").asBoolean()).isFalse();
        assertProblem(api.post("/api/trading/complaints/" + id + "/withdrawal", bidder2, null), 409,
                "ILLEGAL_TRANSITION");
        api.post(lotPath + "/award", steps.agent, award).expect(200);

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<String> types = List.of("gov.trading.complaint-filed.v1", "gov.trading.complaint-accepted.v1",
                "gov.trading.procedure-suspension.v1", "gov.trading.complaint-decided.v1");
        for (String type : types) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !EventProbe.await(kafka,
                    ComplaintEvent.TOPIC, x -> e.projectId().equals(x.key()) && type.equals(x.type()),
                    Duration.ofSeconds(3)).isEmpty());
            EventProbe.Event event = EventProbe.await(kafka, ComplaintEvent.TOPIC,
                    x -> e.projectId().equals(x.key()) && type.equals(x.type()), Duration.ofSeconds(3)).getFirst();
            Contracts.assertValid(type, event.data());
            assertThat(event.data()).doesNotContain("业绩", "录像", "驳回");
        }
    }
}
