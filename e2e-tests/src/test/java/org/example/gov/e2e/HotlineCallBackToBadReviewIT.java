package org.example.gov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.example.gov.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * A 12345 ticket across the platform: an agent records a complaint, dispatches it by the responsibility list, the
 * department signs and replies, the centre approves the reply and calls the caller back, who is not satisfied. The
 * ticket is reopened to the same department (redo count 1) and evaluation-service, from
 * gov.hotline.department-rated.v1 over Kafka, records the rating (channel 热线) and opens the bad review's
 * rectification with its deadline.
 */
class HotlineCallBackToBadReviewIT {

    @Test
    void anUnsatisfiedCallBackReopensTheTicketAndOpensABadReviewInEvaluation() {
        RunningPlatform.get();
        ApiClient gateway = RunningPlatform.gateway();
        String agent = gateway.devToken("agent1");
        String handler = gateway.devToken("handler1"); // 深圳 市住房和建设局, the list's lead for 010102

        String id = gateway.post("/api/hotline/tickets", agent, """
                {"channel":"PHONE","type":"COMPLAINT","categoryCode":"010102",
                 "location":{"region":"440304","address":"福田区莲花街道某小区 5 栋 602"},
                 "description":"楼上卫生间漏水两周无人处理","caller":{"name":"欧阳娜娜","phone":"13987654321"}}""")
                .expect(201).text("id");
        String path = "/api/hotline/tickets/" + id;
        gateway.post(path + "/dispatch", agent, "{}").expect(200);
        gateway.post(path + "/signature", handler, null).expect(200);
        gateway.post(path + "/reply", handler, "{\"text\":\"已联系物业上门维修\"}").expect(200);
        gateway.post(path + "/reply-approval", agent, null).expect(200);

        ApiClient.Response calledBack = gateway.post(path + "/call-back", agent,
                "{\"result\":\"UNSATISFIED\",\"note\":\"仍在漏水\"}").expect(200);

        assertThat(calledBack.text("status")).isEqualTo("HANDLING");
        assertThat(calledBack.body().path("redoCount").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> RunningPlatform.count("evaluation", """
                SELECT COUNT(*) FROM rectification_ticket t JOIN rating r ON r.id = t.rating_id
                WHERE r.case_id = ? AND r.channel = 'HOTLINE' AND r.level <= 2 AND t.due_date IS NOT NULL""", id) == 1);
    }
}
