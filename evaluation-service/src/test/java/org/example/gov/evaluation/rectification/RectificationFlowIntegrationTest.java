package org.example.gov.evaluation.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bad rating through the API opens a ticket; the department calls back and rectifies; the rater closes it. */
class RectificationFlowIntegrationTest extends RectificationIntegrationTest {

    String otherApprover;

    @BeforeEach
    void otherDepartment() {
        otherApprover = TestTokens.shared().mint("appr9", REGION, "市民政局", "APPROVER");
    }

    @Test
    void aLevelOneRatingOpensATicketThatTheDepartmentRectifiesAndTheRaterCloses() {
        String caseId = rateBadly(1);

        ApiClient.Response list = api.get("/api/evaluations/tickets?caseId=" + caseId, supervisor).expect(200);
        assertThat(list.body().path("total").asLong()).isEqualTo(1);
        String ticketId = list.body().path("items").path(0).path("id").asString();
        assertThat(list.body().path("items").path(0).path("rater").path("raterId").asString()).isEqualTo("applicant1");

        ApiClient.Response bySupervisor = api.get("/api/evaluations/tickets/" + ticketId, supervisor).expect(200);
        assertThat(bySupervisor.text("status")).isEqualTo("OPEN");
        assertThat(bySupervisor.text("department")).isEqualTo(DEPARTMENT);
        assertThat(bySupervisor.body().path("rater").path("raterId").asString()).isEqualTo("applicant1");
        assertThat(bySupervisor.body().path("rater").path("caseId").asString()).isEqualTo(caseId);
        assertThat(bySupervisor.body().path("complaint").path("comment").asString()).isEqualTo("等了很久");

        ApiClient.Response byClerk = api.get("/api/evaluations/tickets/" + ticketId, clerk).expect(200);
        assertThat(byClerk.body().path("rater").isNull()).isTrue();
        assertThat(byClerk.body().path("complaint").path("comment").asString()).isEqualTo("等了很久");
        assertThat(byClerk.raw()).doesNotContain("applicant1").doesNotContain(caseId);
        api.get("/api/evaluations/tickets/" + ticketId, otherApprover).expect(404);

        ApiClient.Response early = api.post("/api/evaluations/tickets/" + ticketId + "/rectification", clerk,
                "{\"measures\":\"约谈窗口人员\"}").expect(409);
        assertThat(early.text("code")).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(early.body().path("allowed").toString()).contains("call-back");

        api.post("/api/evaluations/tickets/" + ticketId + "/call-back", clerk,
                "{\"result\":\"CONFIRMED\",\"note\":\"回访属实\"}").expect(200);
        api.post("/api/evaluations/tickets/" + ticketId + "/rectification", clerk,
                "{\"measures\":\"约谈窗口人员，优化流程\"}").expect(200);
        api.post("/api/evaluations/tickets/" + ticketId + "/satisfaction", clerk, "{\"result\":\"SATISFIED\"}")
                .expect(403);
        ApiClient.Response closed = api.post("/api/evaluations/tickets/" + ticketId + "/satisfaction", applicant,
                "{\"result\":\"SATISFIED\"}").expect(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.text("resolution")).isEqualTo("SATISFIED");
        assertThat(closed.body().path("history").size()).isEqualTo(4);

        EventProbe.await(bootstrap, RectificationEvents.TOPIC,
                e -> ticketId.equals(e.key()) && RectificationEvents.CLOSED.equals(e.type()), Duration.ofSeconds(20));
        List<EventProbe.Event> events = EventProbe.await(bootstrap, RectificationEvents.TOPIC,
                e -> ticketId.equals(e.key()), Duration.ofSeconds(20));
        assertThat(events).extracting(EventProbe.Event::type).containsExactly(RectificationEvents.OPENED_V2,
                RectificationEvents.OPENED, RectificationEvents.RECTIFIED, RectificationEvents.CLOSED);
        assertThat(events).allSatisfy(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.subject()).isEqualTo(ticketId);
            assertThat(e.data()).doesNotContain("applicant1");
        });
        // nothing published leads to the case (and so to the rater), except the deprecated v1 opening kept for its consumers
        String caseNumber = jdbc.sql("SELECT case_number FROM rectification_ticket WHERE id = :t").param("t", ticketId)
                .query(String.class).single();
        assertThat(events).filteredOn(e -> !RectificationEvents.OPENED.equals(e.type()))
                .allSatisfy(e -> assertThat(e.data()).doesNotContain(caseId, caseNumber));
    }

    @Test
    void anOverdueTicketIsFlaggedOnceHoweverOftenTheScanRuns() {
        String caseId = rateBadly(2);
        String ticketId = jdbc.sql("SELECT id FROM rectification_ticket WHERE case_id = :c").param("c", caseId)
                .query(String.class).single();
        Instant muchLater = Instant.now().plus(Duration.ofDays(60));

        rectification.scanOverdue(muchLater);
        rectification.scanOverdue(muchLater);

        assertThat(jdbc.sql("SELECT overdue FROM rectification_ticket WHERE id = :id").param("id", ticketId)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE subject = :id AND event_type = :type")
                .param("id", ticketId).param("type", RectificationEvents.OVERDUE).query(Long.class).single())
                .isEqualTo(1);
        List<EventProbe.Event> overdue = EventProbe.await(bootstrap, RectificationEvents.TOPIC,
                e -> ticketId.equals(e.key()) && RectificationEvents.OVERDUE.equals(e.type()), Duration.ofSeconds(20));
        assertThat(overdue).singleElement().satisfies(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void aBadRatingWhileTheCatalogueIsUnreachableOpensATicketWithItsDueDateFromTheReplicasCopy() {
        clock.set(LocalDate.parse("2025-09-26"), LocalTime.of(10, 0)); // Friday before National Day
        CATALOG.down(true);
        assertThat(replica.refresh()).as("the catalogue does not answer").isFalse();

        String ticketId = ticketOf(rateBadly(1)); // 201: the due date is counted in memory, the catalogue is not asked

        ApiClient.Response ticket = api.get("/api/evaluations/tickets/" + ticketId, supervisor).expect(200);
        assertThat(ticket.text("dueDate")).isEqualTo("2025-10-10"); // official: 10-01..10-08 off, 09-28 worked
        assertThat(ticket.body().path("dueDateProvisional").asBoolean()).isFalse();
        List<EventProbe.Event> opened = EventProbe.await(bootstrap, RectificationEvents.TOPIC,
                e -> ticketId.equals(e.key()) && RectificationEvents.OPENED.equals(e.type()), Duration.ofSeconds(20));
        assertThat(opened).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"dueDate\":\"2025-10-10\"").contains("\"dueDateProvisional\":false");
        });
    }

    @Test
    void ticketPagesAreBounded() {
        assertThat(api.get("/api/evaluations/tickets?page=10001", supervisor).expect(400).text("code"))
                .isEqualTo("VALIDATION_FAILED");
        api.get("/api/evaluations/tickets?page=10000", supervisor).expect(200);
    }
}
