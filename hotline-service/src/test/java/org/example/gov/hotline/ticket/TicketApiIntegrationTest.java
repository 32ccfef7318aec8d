package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.platform.personal.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tickets through the API on real MariaDB and Kafka: intake, the clock, the steps, their 409s and 400s, events. */
class TicketApiIntegrationTest extends HotlineIntegrationTest {

    @Autowired
    CallerCipher callers;

    @Test
    void theCallerIsEncryptedInTheTableMaskedInTheAnswerAndShownInFullOnlyOnAnAuditedRead() {
        ApiClient.Response created = api.post("/api/hotline/tickets", agent, complaint("欧阳娜娜", "139 1234 5678", false))
                .expect(201);
        String id = created.text("id");
        assertThat(created.body().path("caller").path("name").asString()).isEqualTo("欧阳**");
        assertThat(created.body().path("caller").path("phone").asString()).isEqualTo("139****5678");
        assertThat(created.body().path("attachments").get(0).path("sha256").asString()).hasSize(64);

        Map<String, Object> row = jdbc.sql("SELECT caller_name, caller_phone, caller_phone_index FROM ticket WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat((String) row.get("caller_name")).startsWith("v1:").doesNotContain("欧阳", "娜娜");
        assertThat((String) row.get("caller_phone")).startsWith("v1:").doesNotContain("13912345678", "5678");
        assertThat((String) row.get("caller_phone_index")).matches("[0-9a-f]{64}");

        ApiClient.Response full = api.get("/api/hotline/tickets/" + id + "/caller", agent).expect(200);
        assertThat(full.text("name")).isEqualTo("欧阳娜娜");
        assertThat(full.text("phone")).isEqualTo("13912345678");
        assertThat(jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM audit_pending WHERE kind = 'PERSONAL_DATA_READ' AND subject_id = :id)
                     + (SELECT COUNT(*) FROM audit_log WHERE kind = 'PERSONAL_DATA_READ' AND subject_id = :id)""")
                .param("id", id).query(Long.class).single()).as("the full read is audited").isEqualTo(1);
        // the blind index finds the caller's tickets without decrypting anything, however the number was written
        assertThat(jdbc.sql("SELECT id FROM ticket WHERE caller_phone_index = :index")
                .param("index", callers.indexOf(PhoneNumber.of("+86 139-1234-5678"))).query(String.class).list()).contains(id);
    }

    @Test
    void invalidIntakeAnswers400AndStoresNothing() {
        long before = countTickets();
        String valid = complaint("张三", "13800138000", false);
        assertProblem(api.post("/api/hotline/tickets", agent, valid.replace("010102", "019999")), 400, "CATEGORY_UNKNOWN");
        assertProblem(api.post("/api/hotline/tickets", agent, valid.replace("010102", "0101")), 400, null);
        assertProblem(api.post("/api/hotline/tickets", agent, valid.replace("13800138000", "12345")), 400, "PHONE_INVALID");
        assertProblem(api.post("/api/hotline/tickets", agent, valid.replace("\"440304\"", "\"44030\"")), 400, null);
        assertProblem(api.post("/api/hotline/tickets", agent, valid.replace("\"COMPLAINT\"", "\"GOSSIP\"")), 400, null);
        assertProblem(api.post("/api/hotline/tickets", agent, valid.replace("楼上住户卫生间漏水，物业不处理", " ")), 400, null);
        assertProblem(api.post("/api/hotline/tickets", agent, valid.replace("9f86d081", "zz86d081")), 400, null);
        assertProblem(api.post("/api/hotline/tickets", applicant, valid), 400, "CHANNEL_NOT_FOR_CALLER");
        assertProblem(api.post("/api/hotline/tickets", agent, valid.replace("\"440304\"", "\"440106\"")), 422,
                "REGION_OUTSIDE_YOUR_CENTRE");
        assertThat(countTickets()).isEqualTo(before);
    }

    @Test
    void aComplaintReceivedOnFridayBeforeNationalDayIsDueOnTheTwentyThirdOfOctober() {
        // 15 working days after Fri 2025-09-26 on the official calendar (Oct 1-8 off, Sun 9-28 and Sat 10-11 worked):
        // 9-28, 9-29, 9-30, 10-09, 10-10, 10-11, 10-13 .. 10-17, 10-20 .. 10-23 → Thu 2025-10-23
        today("2025-09-26", "09:30");
        String id = dispatchedComplaint(false);
        ApiClient.Response ticket = api.get("/api/hotline/tickets/" + id, agent).expect(200);
        assertThat(ticket.text("dueDate")).isEqualTo("2025-10-23");
        assertThat(ticket.body().path("dueProvisional").asBoolean()).isFalse();

        // a late signature (the window was 24 hours) does not move it
        today("2025-09-30", "15:00");
        ApiClient.Response signed = api.post("/api/hotline/tickets/" + id + "/signature", handler, null).expect(200);
        assertThat(signed.text("dueDate")).isEqualTo("2025-10-23");
        assertThat(signed.text("status")).isEqualTo("HANDLING");
    }

    @Test
    void fromIntakeToAnUnsatisfiedCallBackEveryStepIsRecordedAndPublished() {
        String id = api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", false)).expect(201).text("id");
        ApiClient.Response proposal = api.get("/api/hotline/tickets/" + id + "/dispatch-proposal", agent).expect(200);
        assertThat(proposal.body().path("leadDepartment").path("name").asString()).isEqualTo(HOUSING);

        ApiClient.Response dispatched = api.post("/api/hotline/tickets/" + id + "/dispatch", agent, "{}").expect(200);
        assertThat(dispatched.body().path("leadDepartment").path("region").asString()).isEqualTo("440300");
        api.post("/api/hotline/tickets/" + id + "/signature", handler, null).expect(200);
        api.post("/api/hotline/tickets/" + id + "/reply", handler, "{\"text\":\"已督促物业上门维修\"}").expect(200);
        api.post("/api/hotline/tickets/" + id + "/reply-approval", agent, "{}").expect(200);
        ApiClient.Response reopened = api.post("/api/hotline/tickets/" + id + "/call-back", agent,
                "{\"result\":\"UNSATISFIED\",\"note\":\"仍在漏水\"}").expect(200);
        assertThat(reopened.text("status")).isEqualTo("HANDLING");
        assertThat(reopened.body().path("redoCount").asInt()).isEqualTo(1);
        api.post("/api/hotline/tickets/" + id + "/reply", handler, "{\"text\":\"已更换防水层\"}").expect(200);
        api.post("/api/hotline/tickets/" + id + "/reply-approval", agent, null).expect(200);
        api.post("/api/hotline/tickets/" + id + "/call-back", agent, "{\"result\":\"SATISFIED\"}").expect(200);
        ApiClient.Response closed = api.post("/api/hotline/tickets/" + id + "/closure", agent, "{}").expect(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");

        assertThat(closed.body().path("history").findValuesAsString("action")).containsExactly("CREATE", "DISPATCH",
                "SIGN", "REPLY", "APPROVE_REPLY", "CALL_BACK", "REOPEN", "REPLY", "APPROVE_REPLY", "CALL_BACK", "CLOSE");
        assertThat(closed.body().path("history").get(2).path("actorRole").asString()).isEqualTo("HOTLINE_HANDLER");
        assertThat(closed.body().path("history").get(2).path("from").asString()).isEqualTo("DISPATCHED");
        assertThat(closed.body().path("history").get(2).path("to").asString()).isEqualTo("HANDLING");

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        EventProbe.await(kafka, TicketEvents.TOPIC, e -> id.equals(e.key()) && "gov.hotline.ticket-closed.v1".equals(e.type()),
                Duration.ofSeconds(20));
        List<EventProbe.Event> events = EventProbe.await(kafka, TicketEvents.TOPIC, e -> id.equals(e.key()),
                Duration.ofSeconds(5));
        assertThat(events).extracting(EventProbe.Event::type).containsExactly("gov.hotline.ticket-created.v1",
                "gov.hotline.ticket-dispatched.v1", "gov.hotline.ticket-signed.v1", "gov.hotline.ticket-replied.v1",
                "gov.hotline.reply-approved.v1", "gov.hotline.ticket-called-back.v1", "gov.hotline.department-rated.v1",
                "gov.hotline.ticket-reopened.v1", "gov.hotline.ticket-replied.v1", "gov.hotline.reply-approved.v1",
                "gov.hotline.ticket-called-back.v1", "gov.hotline.department-rated.v1", "gov.hotline.ticket-closed.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        assertThat(events).allSatisfy(e -> assertThat(e.data()).doesNotContain("张三", "13800138000"));
        assertThat(events.get(7).data()).contains("\"redoCount\":1", "\"callBackResult\":\"UNSATISFIED\"");
    }

    @Test
    void theThirdReturnGoesToCoordinationAndItsDecisionCannotBeReturned() {
        String id = dispatchedComplaint(false);
        api.post("/api/hotline/tickets/" + id + "/return", handler, "{\"reason\":\"不属于本单位职责\"}").expect(200);
        api.post("/api/hotline/tickets/" + id + "/return-approval", agent, "{}").expect(200);
        api.post("/api/hotline/tickets/" + id + "/dispatch", agent, """
                {"leadDepartment":{"region":"440300","name":"市生态环境局"},"reason":"改由生态环境局主办"}""").expect(200);
        api.post("/api/hotline/tickets/" + id + "/return", environmentHandler, "{\"reason\":\"属于物业纠纷\"}").expect(200);
        ApiClient.Response rejected = api.post("/api/hotline/tickets/" + id + "/return-rejection", agent,
                "{\"reason\":\"噪声扰民由你局负责\"}").expect(200);
        assertThat(rejected.text("status")).isEqualTo("DISPATCHED");

        ApiClient.Response third = api.post("/api/hotline/tickets/" + id + "/return", environmentHandler,
                "{\"reason\":\"仍不属于本单位\"}").expect(200);
        assertThat(third.text("status")).isEqualTo("COORDINATION");
        assertThat(third.body().path("allowedActions").toString()).isEqualTo("[\"coordinate\"]");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/dispatch", agent, "{}"), 409, "ILLEGAL_TRANSITION");

        ApiClient.Response decided = api.post("/api/hotline/tickets/" + id + "/coordination-decision", agent, """
                {"leadDepartment":{"region":"440300","name":"市住房和建设局"},"reason":"联席会议审定"}""").expect(200);
        assertThat(decided.body().path("coordinated").asBoolean()).isTrue();
        ApiClient.Response refused = api.post("/api/hotline/tickets/" + id + "/return", handler, "{\"reason\":\"再退\"}");
        assertProblem(refused, 409, "ILLEGAL_TRANSITION");
        assertThat(refused.body().path("allowed").toString()).isEqualTo("[\"sign\"]");
    }

    @Test
    void anIllegalStepAnswers409WithTheAllowedOnesAndAStaleVersion409() {
        String id = api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", false)).expect(201).text("id");
        ApiClient.Response illegal = api.post("/api/hotline/tickets/" + id + "/closure", agent, "{}");
        assertProblem(illegal, 409, "ILLEGAL_TRANSITION");
        assertThat(illegal.raw()).contains("\"dispatch\"", "\"emergency-handoff\"");

        ApiClient.Response stale = api.send("POST", "/api/hotline/tickets/" + id + "/dispatch", agent, "{}", "If-Match", "\"7\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(countRows("SELECT COUNT(*) FROM ticket_history WHERE ticket_id = '" + id + "'")).isEqualTo(1);
        api.send("POST", "/api/hotline/tickets/" + id + "/dispatch", agent, "{}", "If-Match", "\"0\"").expect(200);
    }

    @Test
    void anEmergencyIsHandedOffAndNeverDispatched() {
        String id = api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", false)
                .replace("\"COMPLAINT\"", "\"HELP\"")).expect(201).text("id");
        ApiClient.Response handed = api.post("/api/hotline/tickets/" + id + "/emergency-handoff", agent,
                "{\"service\":\"FIRE_119\",\"mode\":\"THREE_WAY_CALL\",\"note\":\"厨房起火\"}").expect(200);
        assertThat(handed.text("status")).isEqualTo("EMERGENCY_HANDED_OFF");
        assertThat(handed.body().path("emergencyHandoff").path("service").asString()).isEqualTo("FIRE_119");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/dispatch", agent, "{}"), 409, "ILLEGAL_TRANSITION");
        assertThat(handed.body().path("leadDepartment").isMissingNode() || handed.body().path("leadDepartment").isNull())
                .isTrue();
    }

    @Test
    void overridingTheListNeedsAReasonAndADepartmentOfTheCentresRegion() {
        String id = api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", false)).expect(201).text("id");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/dispatch", agent,
                "{\"leadDepartment\":{\"region\":\"440300\",\"name\":\"市生态环境局\"}}"), 422, "DISPATCH_OVERRIDE_REASON_REQUIRED");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/dispatch", agent,
                "{\"leadDepartment\":{\"region\":\"440100\",\"name\":\"市住房和建设局\"},\"reason\":\"试试\"}"), 422,
                "DEPARTMENT_OUTSIDE_YOUR_REGION");
        assertThat(api.get("/api/hotline/tickets/" + id, agent).expect(200).text("status")).isEqualTo("RECEIVED");
    }

    private long countRows(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
