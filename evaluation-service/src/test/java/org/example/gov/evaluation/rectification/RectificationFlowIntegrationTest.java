package org.example.gov.evaluation.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A bad rating through the API opens a ticket; the department calls back and rectifies; the rater closes it. */
@PlatformIntegrationTest
class RectificationFlowIntegrationTest {

    static final String CASE_TOPIC = "gov.case.events";
    static final String DEPARTMENT = "市市场监督管理局"; // the department of the gov.case.closed.v1 example
    static final CalendarStub CALENDAR = CalendarStub.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CALENDAR::url);
    }

    @AfterAll
    static void stopCalendar() {
        CALENDAR.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RectificationService rectification;

    ApiClient api;
    String applicant;
    String supervisor;
    String clerk;
    String otherClerk;
    String bootstrap;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");
        supervisor = TestTokens.shared().mint("sup1", "440300", null, "SUPERVISOR");
        clerk = TestTokens.shared().mint("clerk1", "440300", DEPARTMENT, "CLERK");
        otherClerk = TestTokens.shared().mint("clerk9", "440300", "市民政局", "CLERK");
        bootstrap = SharedInfrastructure.kafka().bootstrapServers();
    }

    @Test
    void aLevelOneRatingOpensATicketThatTheDepartmentRectifiesAndTheRaterCloses() {
        String caseId = rateBadly(1);

        ApiClient.Response list = api.get("/api/evaluations/tickets?caseId=" + caseId, supervisor).expect(200);
        assertThat(list.body().path("total").asLong()).isEqualTo(1);
        String ticketId = list.body().path("items").path(0).path("id").asString();
        assertThat(list.body().path("items").path(0).path("raterId").asString()).isEqualTo("applicant1");

        ApiClient.Response bySupervisor = api.get("/api/evaluations/tickets/" + ticketId, supervisor).expect(200);
        assertThat(bySupervisor.text("status")).isEqualTo("OPEN");
        assertThat(bySupervisor.text("department")).isEqualTo(DEPARTMENT);
        assertThat(bySupervisor.text("raterId")).isEqualTo("applicant1");

        ApiClient.Response byClerk = api.get("/api/evaluations/tickets/" + ticketId, clerk).expect(200);
        assertThat(byClerk.body().path("raterId").isNull()).isTrue();
        assertThat(byClerk.raw()).doesNotContain("applicant1");
        assertThat(api.get("/api/evaluations/tickets?caseId=" + caseId, clerk).expect(200).body().path("total").asLong())
                .isEqualTo(1);
        api.get("/api/evaluations/tickets/" + ticketId, otherClerk).expect(404);
        assertThat(api.get("/api/evaluations/tickets?caseId=" + caseId, otherClerk).expect(200).body().path("total")
                .asLong()).isZero();

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
        assertThat(events).extracting(EventProbe.Event::type).containsExactly(RectificationEvents.OPENED,
                RectificationEvents.RECTIFIED, RectificationEvents.CLOSED);
        assertThat(events).allSatisfy(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.subject()).isEqualTo(ticketId);
            assertThat(e.data()).doesNotContain("applicant1");
        });
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
    void aBadRatingWhileTheCalendarIsDownIsStoredWithItsTicketAndGetsItsDueDateLater() {
        CALENDAR.down(true);
        String caseId;
        try {
            caseId = rateBadly(1); // 201, not 503: nothing is lost
            String ticketId = jdbc.sql("SELECT id FROM rectification_ticket WHERE case_id = :c").param("c", caseId)
                    .query(String.class).single();
            ApiClient.Response waiting = api.get("/api/evaluations/tickets/" + ticketId, supervisor).expect(200);
            assertThat(waiting.body().path("dueDate").isNull()).isTrue();
            assertThat(rectification.assignMissingDueDates()).isZero(); // still down: the scan retries later
        } finally {
            CALENDAR.down(false);
        }
        String ticketId = jdbc.sql("SELECT id FROM rectification_ticket WHERE case_id = :c").param("c", caseId)
                .query(String.class).single();
        assertThat(rectification.assignMissingDueDates()).isGreaterThanOrEqualTo(1);
        ApiClient.Response dated = api.get("/api/evaluations/tickets/" + ticketId, supervisor).expect(200);
        assertThat(dated.text("dueDate")).isNotBlank();
        List<EventProbe.Event> opened = EventProbe.await(bootstrap, RectificationEvents.TOPIC,
                e -> ticketId.equals(e.key()) && RectificationEvents.OPENED.equals(e.type()), Duration.ofSeconds(20));
        assertThat(opened).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"dueDate\":\"" + dated.text("dueDate") + "\"");
        });
    }

    private String rateBadly(int level) {
        String caseId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, CASE_TOPIC, caseId, UUID.randomUUID().toString(), "gov.case.closed.v1",
                Contracts.example("gov.case.closed.v1").replace("8f14e45f-ceea-4e7a-9a6f-0d1b2c3d4e5f", caseId));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM invitation WHERE case_id = :c")
                .param("c", caseId).query(Long.class).single() == 1);
        api.post("/api/evaluations/ratings", applicant, "{\"caseId\":\"" + caseId
                + "\",\"stage\":\"COMPLETION\",\"level\":" + level + ",\"comment\":\"等了很久\",\"channel\":\"APP\"}")
                .expect(201);
        return caseId;
    }
}
