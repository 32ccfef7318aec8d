package org.example.gov.cases.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.example.gov.cases.casefile.CaseEvents;
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

@PlatformIntegrationTest
class CaseApiIntegrationTest {

    static final CatalogStub CATALOG = start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
    }

    @AfterAll
    static void stopCatalog() {
        CATALOG.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String applicant;
    String otherApplicant;
    String clerk;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");
        otherApplicant = TestTokens.shared().mint("applicant2", "440300", null, "APPLICANT");
        clerk = TestTokens.shared().mint("clerk1", "440300", "市政务服务数据管理局", "CLERK");
    }

    @Test
    void aCaseGoesFromSubmissionToClosureAndEachStepIsPublishedInOrderPerCase() {
        String itemId = UUID.randomUUID().toString();
        ApiClient.Response submitted = api.post("/api/cases", applicant, "{\"itemId\":\"" + itemId + "\"}").expect(201);
        String caseId = submitted.text("id");
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.body().path("itemVersion").asInt()).isEqualTo(3);
        assertThat(submitted.text("queryCode")).matches("\\d{6}");

        api.post("/api/cases/" + caseId + "/acceptance", clerk, null).expect(200);
        ApiClient.Response closed = api.post("/api/cases/" + caseId + "/closure", clerk, null).expect(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");

        ApiClient.Response view = api.get("/api/cases/" + caseId, applicant).expect(200);
        assertThat(view.body().path("history").findValuesAsString("action")).containsExactly("SUBMIT", "ACCEPT", "CLOSE");

        List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(), CaseEvents.TOPIC,
                e -> caseId.equals(e.key()) && CaseEvents.CLOSED.equals(e.type()), Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(e -> Contracts.assertValid(e.type(), e.data()));
        List<EventProbe.Event> all = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(), CaseEvents.TOPIC,
                e -> caseId.equals(e.key()), Duration.ofSeconds(5));
        assertThat(all).extracting(EventProbe.Event::type)
                .containsExactly(CaseEvents.SUBMITTED, CaseEvents.ACCEPTED, CaseEvents.CLOSED);
        assertThat(all).extracting(EventProbe.Event::partition).containsOnly(all.getFirst().partition());
    }

    @Test
    void closingBeforeAcceptanceAnswers409WithTheAllowedSteps() {
        String caseId = api.post("/api/cases", applicant, "{\"itemId\":\"" + UUID.randomUUID() + "\"}").expect(201).text("id");

        ApiClient.Response conflict = api.post("/api/cases/" + caseId + "/closure", clerk, null).expect(409);

        assertThat(conflict.text("code")).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(conflict.body().path("allowed").valueStream().map(n -> n.asString()).toList())
                .containsExactlyInAnyOrder("accept", "withdraw");
        assertThat(api.get("/api/cases/" + caseId, applicant).expect(200).text("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void aSlowCatalogueMakesSubmissionFailFastWith503AndStoresNothing() {
        long before = countCases();

        ApiClient.Response response = api.post("/api/cases", applicant, "{\"itemId\":\"slow\"}");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.text("code")).isEqualTo("DEPENDENCY_UNAVAILABLE");
        assertThat(response.elapsed()).isLessThan(Duration.ofMillis(4000));
        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void anUnknownOrUnpublishedItemAnswers422() {
        assertThat(api.post("/api/cases", applicant, "{\"itemId\":\"missing\"}").expect(422).text("code"))
                .isEqualTo("ITEM_NOT_FOUND");
        assertThat(api.post("/api/cases", applicant, "{\"itemId\":\"draft\"}").expect(422).text("code"))
                .isEqualTo("ITEM_NOT_PUBLISHED");
    }

    @Test
    void badInputAnswers400AndStoresNothing() {
        long before = countCases();
        assertThat(api.post("/api/cases", applicant, "{\"itemId\":").expect(400).text("code")).isEqualTo("MALFORMED_REQUEST");
        assertThat(api.post("/api/cases", applicant, "{}").expect(400).text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void applicantsSeeOnlyTheirOwnCasesAndOnlyClerksAccept() {
        String caseId = api.post("/api/cases", applicant, "{\"itemId\":\"" + UUID.randomUUID() + "\"}").expect(201).text("id");

        assertThat(api.get("/api/cases/" + caseId, otherApplicant).expect(404).text("code")).isEqualTo("CASE_NOT_FOUND");
        assertThat(api.post("/api/cases/" + caseId + "/acceptance", applicant, null).expect(403).text("code"))
                .isEqualTo("FORBIDDEN");
        assertThat(api.get("/api/cases/" + caseId, clerk).expect(200).text("queryCode")).isEmpty();
    }

    private long countCases() {
        return jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single();
    }

    private static CatalogStub start() {
        try {
            return new CatalogStub();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
