package org.example.gov.cases.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.cases.casefile.CaseEvents;
import org.example.gov.cases.supervision.SupervisionService;
import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.cases.support.TestCalendars;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Issue 10 on the running service: on 2026-12-02 the official files end with 2026, yet a case for a 30-working-day
 * item is accepted (due on the weekends-only estimate, flagged); when the catalogue announces 2027, the replica
 * fetches it and the case is recounted exactly, with a history entry and an event. Regional closed days move only
 * their region's cases. The stub is put back to the official calendar afterwards: the replica is shared by every
 * test of the cached context.
 */
class ProvisionalDueDatesIntegrationTest extends CaseIntegrationTest {

    static final LocalDate WED_2_DEC_2026 = LocalDate.of(2026, 12, 2);

    @Autowired
    CalendarReplica replica;

    @Autowired
    SupervisionService supervision;

    final String kafka = SharedInfrastructure.kafka().bootstrapServers();

    @AfterEach
    void backToTheOfficialCalendar() {
        CATALOG.resetCalendar();
        replica.refresh();
    }

    @Test
    void aCaseAcceptedOn2December2026IsDueProvisionallyAndExactlyOnceTheCatalogueLoads2027() {
        clock.set(WED_2_DEC_2026, LocalTime.of(10, 0));
        String id = accepted(CATALOG.item("440300", 30));

        ApiClient.Response accepted = api.get("/api/cases/" + id, clerk).expect(200);
        assertThat(accepted.body().path("deadline").path("dueDate").asString()).isEqualTo("2027-01-13");
        assertThat(accepted.body().path("deadline").path("dueDateProvisional").asBoolean()).isTrue();
        assertThat(accepted.body().path("remainingWorkingDays").asInt()).isEqualTo(30);
        assertThat(accepted.body().path("remainingWorkingDaysProvisional").asBoolean()).isTrue();
        List<EventProbe.Event> acceptance = EventProbe.await(kafka, CaseEvents.TOPIC,
                e -> id.equals(e.key()) && e.type().equals("gov.case.accepted.v1"), Duration.ofSeconds(20));
        assertThat(acceptance).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"dueDate\":\"2027-01-13\"", "\"dueDateProvisional\":true");
        });

        CATALOG.addYear(TestCalendars.TEST_2027);
        EventProbe.publish(kafka, CalendarReplica.TOPIC, "2027", UUID.randomUUID().toString(), CalendarReplica.YEAR_LOADED,
                "{\"year\":2027,\"days\":2,\"offDays\":2,\"adjustedWorkingDays\":0,\"workingDays\":259,"
                        + "\"source\":\"OPERATOR\",\"loadedBy\":\"operator1\",\"loadedAt\":\"2026-12-02T03:00:00Z\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/cases/" + id, clerk).expect(200)
                .body().path("deadline").path("dueDateProvisional").asBoolean()).isFalse());
        ApiClient.Response exact = api.get("/api/cases/" + id, clerk).expect(200);
        assertThat(exact.body().path("deadline").path("dueDate").asString()).isEqualTo("2027-01-15");
        assertThat(exact.body().path("remainingWorkingDaysProvisional").asBoolean()).isFalse();
        JsonNode recount = exact.body().path("history").get(exact.body().path("history").size() - 1);
        assertThat(recount.path("action").asString()).isEqualTo("RECOMPUTE_DATES");
        assertThat(recount.path("actorRole").asString()).isEqualTo("SYSTEM");
        assertThat(recount.path("recomputed").path("previousDate").asString()).isEqualTo("2027-01-13");
        assertThat(recount.path("recomputed").path("newDate").asString()).isEqualTo("2027-01-15");

        List<EventProbe.Event> recomputed = EventProbe.await(kafka, CaseEvents.TOPIC,
                e -> id.equals(e.key()) && CaseEvents.DUE_DATE_RECOMPUTED.equals(e.type()), Duration.ofSeconds(20));
        assertThat(recomputed).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"date\":\"DEADLINE\"", "\"previousDueDate\":\"2027-01-13\"",
                    "\"newDueDate\":\"2027-01-15\"", "\"provisional\":false");
        });
    }

    @Test
    void aClosedDayOf440300MovesTheDueDateOfA440300CaseAndNotOfA440100Case() {
        CATALOG.closeDay(new ClosedDay("440300", LocalDate.of(2025, 10, 10), "大厅系统升级闭厅"));
        assertThat(replica.refresh()).isTrue();
        clock.set(LocalDate.of(2025, 9, 26), LocalTime.of(10, 0));

        String shenzhen = accepted(CATALOG.item("440300", 5));
        String guangzhou = accepted(CATALOG.item("440100", 5), guangzhouClerk);

        // Fri 10-10 is closed in 440300: the fifth working day is the make-up Saturday 10-11
        assertThat(dueDate(shenzhen)).isEqualTo("2025-10-11");
        assertThat(dueDate(guangzhou)).isEqualTo("2025-10-10");
    }

    @Test
    void warningsOnAProvisionalDueDateAreRaisedAndCarryTheFlag() {
        clock.set(WED_2_DEC_2026, LocalTime.of(10, 0));
        String item = CATALOG.item("440300", 30);
        String id = accepted(item); // due 2027-01-13 on the estimate

        clock.set(LocalDate.of(2027, 1, 12), LocalTime.of(8, 0));
        supervision.scan();

        ApiClient.Response listed = api.get("/api/cases/warnings?caseId=" + id, supervisor).expect(200);
        assertThat(listed.body().path("totalElements").asInt()).isEqualTo(1);
        JsonNode warning = listed.body().path("content").get(0);
        assertThat(warning.path("kind").asString()).isEqualTo("APPROACHING");
        assertThat(warning.path("referenceDate").asString()).isEqualTo("2027-01-13");
        assertThat(warning.path("provisional").asBoolean()).isTrue();
        List<EventProbe.Event> raised = EventProbe.await(kafka, CaseEvents.TOPIC,
                e -> id.equals(e.key()) && CaseEvents.WARNING_RAISED.equals(e.type()), Duration.ofSeconds(20));
        assertThat(raised).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"provisional\":true");
        });
        ApiClient.Response workList = api.get("/api/cases?itemCode=" + CATALOG.code(item), clerk).expect(200);
        assertThat(workList.body().path("content").get(0).path("id").asString()).isEqualTo(id);
        assertThat(workList.body().path("content").get(0).path("dueDate").asString()).isEqualTo("2027-01-13");
        assertThat(workList.body().path("content").get(0).path("dueDateProvisional").asBoolean()).isTrue();
    }

    private String dueDate(String id) {
        return api.get("/api/cases/" + id, provincialSupervisor).expect(200).body().path("deadline").path("dueDate").asString();
    }
}
