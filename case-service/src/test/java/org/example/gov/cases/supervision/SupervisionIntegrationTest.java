package org.example.gov.cases.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.example.gov.cases.casefile.CaseEvents;
import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadline warnings on the official calendar, driven through simulated days: a case accepted Fri 2025-09-26 with 5
 * promised working days is due Fri 2025-10-10; "approaching" fires Thu 10-09, "due today" on 10-10, "overdue" on
 * Sat 10-11 (a make-up working day). Scans hold no state, so "stopping the service" is simply not scanning.
 */
class SupervisionIntegrationTest extends CaseIntegrationTest {

    @Autowired
    SupervisionService supervision;

    @Test
    void eachWarningIsRaisedOnceOnItsDayAlsoAfterAnHourOfDowntimeAndWithConcurrentScans() throws Exception {
        clock.set(LocalDate.of(2025, 9, 26), LocalTime.of(10, 0));
        String id = accepted(UUID.randomUUID().toString());

        clock.set(LocalDate.of(2025, 10, 8), LocalTime.of(23, 59));
        supervision.scan();
        assertThat(kinds(id)).isEmpty();

        clock.set(LocalDate.of(2025, 10, 9), LocalTime.of(0, 1));
        supervision.scan();
        supervision.scan();
        assertThat(kinds(id)).containsExactly("APPROACHING");

        // the service is down from 23:30 on the 9th to 00:30 on the 10th: the first scan after restart catches up
        clock.set(LocalDate.of(2025, 10, 10), LocalTime.of(0, 30));
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(supervision::scan);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(supervision::scan);
        a.get();
        b.get();
        assertThat(kinds(id)).containsExactly("APPROACHING", "DUE_TODAY");

        clock.set(LocalDate.of(2025, 10, 11), LocalTime.of(8, 0));
        supervision.scan();
        clock.set(LocalDate.of(2025, 10, 13), LocalTime.of(8, 0));
        supervision.scan();
        assertThat(kinds(id)).containsExactly("APPROACHING", "DUE_TODAY", "OVERDUE");

        ApiClient.Response listed = api.get("/api/cases/warnings?caseId=" + id + "&kind=OVERDUE", supervisor).expect(200);
        assertThat(listed.body().path("totalElements").asInt()).isEqualTo(1);
        assertThat(listed.body().path("content").get(0).path("level").asString()).isEqualTo("RED");
        assertThat(listed.body().path("content").get(0).path("remainingWorkingDays").asInt()).isEqualTo(-1);
        assertThat(api.get("/api/cases/warnings", clerk).status()).isEqualTo(403);

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        EventProbe.await(kafka, CaseEvents.TOPIC, e -> id.equals(e.key()) && e.data().contains("\"OVERDUE\""),
                Duration.ofSeconds(20));
        List<EventProbe.Event> raised = EventProbe.await(kafka, CaseEvents.TOPIC,
                e -> id.equals(e.key()) && CaseEvents.WARNING_RAISED.equals(e.type()), Duration.ofSeconds(5));
        assertThat(raised).hasSize(3);
        raised.forEach(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void aPausedCaseRaisesNothingAndAReceivedCaseNotAcceptedForMoreThanThreeWorkingDaysIsFlagged() {
        clock.set(LocalDate.of(2025, 9, 26), LocalTime.of(10, 0));
        String paused = accepted(UUID.randomUUID().toString());
        api.post("/api/cases/" + paused + "/special-procedures", approver, "{\"type\":\"TESTING\",\"reason\":\"送检\"}")
                .expect(200);
        String received = api.post("/api/cases", clerk, "{\"itemId\":\"" + UUID.randomUUID()
                + "\",\"applicant\":" + TestApplicants.named("applicant1", "张三") + "}").expect(201).text("id");
        String preReview = submitOnline(UUID.randomUUID().toString()); // due for pre-review by Mon 9-29

        // received Fri 9-26: Sun 9-28, 9-29 and 9-30 are three working days; the fourth is Thu 10-09
        clock.set(LocalDate.of(2025, 9, 30), LocalTime.of(9, 0));
        supervision.scan();
        assertThat(kinds(received)).isEmpty();
        assertThat(kinds(preReview)).containsExactly("PRE_REVIEW_LATE");

        clock.set(LocalDate.of(2025, 10, 20), LocalTime.of(9, 0));
        supervision.scan();
        assertThat(kinds(received)).containsExactly("NOT_ACCEPTED");
        assertThat(kinds(paused)).as("the clock is stopped during a special procedure").isEmpty();
    }

    private List<String> kinds(String caseId) {
        return jdbc.sql("SELECT kind FROM case_warning WHERE case_id = :id ORDER BY raised_at, kind")
                .param("id", caseId).query(String.class).list();
    }
}
