package org.example.gov.evaluation.rectification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The context of the rectification integration tests (one cached context for all of them): the calendar replica reads
 * the catalogue stand-in and listens to gov.catalog.events, and the clock can be set. Every test leaves the stand-in,
 * the replica and the clock as it found them: the official calendar, system time.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
abstract class RectificationIntegrationTest {

    static final String CASE_TOPIC = "gov.case.events";
    static final String DEPARTMENT = "市市场监督管理局"; // the department of the gov.case.closed.v1 example
    static final String REGION = "440300"; // the region of the gov.case.closed.v1 example
    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
        registry.add("platform.calendar.replica.listen", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RectificationService rectification;

    @Autowired
    CalendarReplica replica;

    @Autowired
    MutableClock clock;

    ApiClient api;
    String applicant;
    String supervisor;
    String clerk;
    String bootstrap;

    @BeforeEach
    void setUpClients() {
        api = new ApiClient("http://127.0.0.1:" + port);
        applicant = TestTokens.shared().mint("applicant1", REGION, null, "APPLICANT");
        supervisor = TestTokens.shared().mint("sup1", REGION, null, "SUPERVISOR");
        clerk = TestTokens.shared().mint("clerk1", REGION, DEPARTMENT, "CLERK");
        bootstrap = SharedInfrastructure.kafka().bootstrapServers();
    }

    @AfterEach
    void backToTheOfficialCalendarAndSystemTime() {
        CATALOG.reset();
        replica.refresh();
        clock.reset();
    }

    /** A case of {@link #REGION} closes, its applicant rates it badly through the API; returns the case id. */
    String rateBadly(int level) {
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

    String ticketOf(String caseId) {
        return jdbc.sql("SELECT id FROM rectification_ticket WHERE case_id = :c").param("c", caseId)
                .query(String.class).single();
    }
}
