package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/** Through the API: the reply's review, the call-back's rating, extensions and the sensitive flag, with their events. */
class TicketWorkflowIntegrationTest extends HotlineIntegrationTest {

    private String handled() {
        today("2025-09-26", "10:00");
        String id = dispatchedComplaint(false); // due Thu 2025-10-23
        api.post("/api/hotline/tickets/" + id + "/signature", handler, null).expect(200);
        return id;
    }

    @Test
    void aReplySentBackReturnsToTheDepartmentWithTheDeadlineUnchanged() {
        String id = handled();
        today("2025-10-09", "10:00");
        api.post("/api/hotline/tickets/" + id + "/reply", handler, "{\"text\":\"已督促物业\"}").expect(200);
        assertProblem(api.post("/api/hotline/tickets/" + id + "/call-back", agent, "{\"result\":\"SATISFIED\"}"), 409,
                null);
        assertProblem(api.post("/api/hotline/tickets/" + id + "/reply-send-back", agent, "{}"), 400, null);
        assertProblem(api.post("/api/hotline/tickets/" + id + "/reply-send-back", handler, "{\"reason\":\"x\"}"), 403, null);

        ApiClient.Response back = api.post("/api/hotline/tickets/" + id + "/reply-send-back", agent,
                "{\"reason\":\"未说明维修时间\"}").expect(200);

        assertThat(back.text("status")).isEqualTo("HANDLING");
        assertThat(back.text("dueDate")).isEqualTo("2025-10-23");
        assertThat(back.body().path("replySendBacks").asInt()).isEqualTo(1);
        assertThat(back.body().path("allowedActions").toString()).contains("reply", "extension-request");
    }

    @Test
    void anUnsatisfiedCallBackReopensWithRedoCountOneAndPublishesTheDepartmentsBadRating() {
        String id = handled();
        today("2025-09-30", "10:00");
        api.post("/api/hotline/tickets/" + id + "/reply", handler, "{\"text\":\"已督促物业\"}").expect(200);
        ApiClient.Response approved = api.post("/api/hotline/tickets/" + id + "/reply-approval", agent, "{}").expect(200);
        assertThat(approved.text("status")).isEqualTo("CALL_BACK_DUE");
        assertThat(approved.text("callBackDueDate")).isEqualTo("2025-10-09"); // the next working day after the holiday

        today("2025-10-09", "10:00");
        ApiClient.Response reopened = api.post("/api/hotline/tickets/" + id + "/call-back", agent,
                "{\"result\":\"UNSATISFIED\",\"handlingReason\":true,\"note\":\"仍在漏水\"}").expect(200);

        assertThat(reopened.text("status")).isEqualTo("HANDLING");
        assertThat(reopened.body().path("redoCount").asInt()).isEqualTo(1);
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> rated = EventProbe.await(kafka, TicketEvents.TOPIC,
                e -> id.equals(e.key()) && TicketEvents.DEPARTMENT_RATED.equals(e.type()), Duration.ofSeconds(20));
        assertThat(rated).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"level\":2", "\"result\":\"UNSATISFIED\"", "\"department\":\"" + HOUSING + "\"",
                    "\"redoCount\":1").doesNotContain("欧阳娜娜", "13912345678");
        });
    }

    @Test
    void anExtensionBeyondTheMaximumIsRefusedAndAnApprovedOneMovesTheDeadlineAndTellsTheCaller() {
        String id = handled();
        today("2025-10-20", "10:00");
        ApiClient.Response tooLong = api.post("/api/hotline/tickets/" + id + "/extension-request", handler,
                "{\"workingDays\":11,\"reason\":\"情况复杂\"}");
        assertProblem(tooLong, 400, "EXTENSION_TOO_LONG");
        assertThat(tooLong.text("field")).isEqualTo("workingDays");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/extension-approval", agent, "{}"), 409, null);

        api.post("/api/hotline/tickets/" + id + "/extension-request", handler,
                "{\"workingDays\":5,\"reason\":\"需协调物业与业委会\"}").expect(200);
        ApiClient.Response approved = api.post("/api/hotline/tickets/" + id + "/extension-approval", agent, "{}")
                .expect(200);

        assertThat(approved.text("dueDate")).isEqualTo("2025-10-30");
        assertThat(approved.body().path("extendedWorkingDays").asInt()).isEqualTo(5);
        assertThat(approved.body().path("history").findValuesAsString("action")).endsWith("REQUEST_EXTENSION",
                "APPROVE_EXTENSION", "INFORM_CALLER");
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        EventProbe.await(kafka, TicketEvents.TOPIC,
                e -> id.equals(e.key()) && "gov.hotline.caller-notice-requested.v1".equals(e.type()), Duration.ofSeconds(20));
        List<EventProbe.Event> events = EventProbe.await(kafka, TicketEvents.TOPIC, e -> id.equals(e.key()),
                Duration.ofSeconds(5));
        assertThat(events).extracting(EventProbe.Event::type).endsWith("gov.hotline.extension-requested.v1",
                "gov.hotline.extension-approved.v1", "gov.hotline.caller-notice-requested.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void theCentreFlagsATicketSensitiveWithAReasonAndSupervisorsSeeIt() {
        String id = handled();
        assertProblem(api.post("/api/hotline/tickets/" + id + "/sensitive-flag", agent, "{\"reason\":\" \"}"), 400, null);
        assertProblem(api.post("/api/hotline/tickets/" + id + "/sensitive-flag", supervisor, "{\"reason\":\"媒体关注\"}"),
                403, null);
        api.post("/api/hotline/tickets/" + id + "/sensitive-flag", agent, "{\"reason\":\"媒体关注\"}").expect(200);
        assertProblem(api.post("/api/hotline/tickets/" + id + "/sensitive-flag", agent, "{\"reason\":\"再次\"}"), 409,
                null);

        ApiClient.Response seen = api.get("/api/hotline/tickets/" + id, supervisor).expect(200);
        assertThat(seen.body().path("sensitive").asBoolean()).isTrue();
        assertThat(seen.body().path("supervised").asBoolean()).isTrue();
        assertThat(seen.body().path("sensitivity").path("reason").asString()).isEqualTo("媒体关注");
        String other = dispatchedComplaint(false, "13700002222");
        ApiClient.Response watched = api.get("/api/hotline/tickets?sensitive=true", supervisor).expect(200);
        assertThat(watched.body().path("content").findValuesAsString("id")).containsExactly(id).doesNotContain(other);
        assertThat(watched.body().path("content").get(0).path("sensitive").asBoolean()).isTrue();
        assertThat(api.get("/api/hotline/tickets?sensitive=false", supervisor).expect(200).body().path("content")
                .findValuesAsString("id")).contains(other).doesNotContain(id);
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> flagged = EventProbe.await(kafka, TicketEvents.TOPIC,
                e -> id.equals(e.key()) && "gov.hotline.ticket-flagged-sensitive.v1".equals(e.type()),
                Duration.ofSeconds(20));
        assertThat(flagged).singleElement().satisfies(e -> Contracts.assertValid(e.type(), e.data()));
    }
}
