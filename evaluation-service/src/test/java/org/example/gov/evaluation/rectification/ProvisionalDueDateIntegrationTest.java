package org.example.gov.evaluation.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.testsupport.Contracts;
import org.example.gov.evaluation.support.TestCalendarYears;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.EventProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Due dates on the service's calendar replica: a count into a year not loaded opens the ticket with a provisional
 * date, made exact when the catalogue announces the year; a region's closed day moves its tickets' due dates; a
 * legacy ticket without a due date gets its own at the next pass.
 */
class ProvisionalDueDateIntegrationTest extends RectificationIntegrationTest {

    @Autowired
    ProvisionalDueDatesListener provisionalDueDates;

    @Autowired
    RectificationRepository tickets;

    @Test
    void aTicketOpenedWhenTheCountRunsIntoAYearNotLoadedIsProvisionalUntilTheCatalogueLoadsTheYear() {
        clock.set(LocalDate.parse("2026-12-28"), LocalTime.of(10, 0)); // Monday; 2027 is not loaded
        String ticketId = ticketOf(rateBadly(1));

        ApiClient.Response opened = api.get("/api/evaluations/tickets/" + ticketId, clerk).expect(200);
        assertThat(opened.text("dueDate")).isEqualTo("2027-01-04"); // 12-29, 12-30, 12-31, then Fri 01-01, Mon 01-04
        assertThat(opened.body().path("dueDateProvisional").asBoolean()).isTrue();
        String caseId = api.get("/api/evaluations/tickets/" + ticketId, supervisor).expect(200).body().path("rater")
                .path("caseId").asString();
        assertThat(api.get("/api/evaluations/tickets?caseId=" + caseId, supervisor).expect(200).body()
                .path("items").path(0).path("dueDateProvisional").asBoolean()).isTrue();
        EventProbe.Event openedEvent = EventProbe.await(bootstrap, RectificationEvents.TOPIC,
                e -> ticketId.equals(e.key()) && RectificationEvents.OPENED.equals(e.type()), Duration.ofSeconds(20))
                .getFirst();
        Contracts.assertValid(openedEvent.type(), openedEvent.data());
        assertThat(openedEvent.data()).contains("\"dueDate\":\"2027-01-04\"", "\"dueDateProvisional\":true");

        CATALOG.add(TestCalendarYears.TEST_2027); // the operator loads 2027 (a test fixture: 01-01 and 01-04 off)
        EventProbe.publish(bootstrap, CalendarReplica.TOPIC, "2027", UUID.randomUUID().toString(),
                CalendarReplica.YEAR_LOADED, Contracts.example(CalendarReplica.YEAR_LOADED));

        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get("/api/evaluations/tickets/" + ticketId, clerk)
                .expect(200).body().path("dueDateProvisional").asBoolean());
        ApiClient.Response exact = api.get("/api/evaluations/tickets/" + ticketId, clerk).expect(200);
        assertThat(exact.text("dueDate")).isEqualTo("2027-01-06");
        assertThat(exact.body().path("history").path(1).path("action").asString()).isEqualTo("due-date-recomputed");
        assertThat(exact.body().path("history").path(1).path("role").asString()).isEqualTo("SYSTEM");
        List<EventProbe.Event> recomputed = EventProbe.await(bootstrap, RectificationEvents.TOPIC,
                e -> ticketId.equals(e.key()) && RectificationEvents.DUE_DATE_RECOMPUTED.equals(e.type()),
                Duration.ofSeconds(20));
        assertThat(recomputed).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.subject()).isEqualTo(ticketId);
            assertThat(e.data()).contains("\"previousDueDate\":\"2027-01-04\"", "\"dueDate\":\"2027-01-06\"",
                    "\"dueDateProvisional\":false").doesNotContain("applicant1");
        });
    }

    @Test
    void theTicketOfARegionWithAClosedDayIsDueAWorkingDayLater() {
        CATALOG.close(new ClosedDay(REGION, LocalDate.parse("2026-12-14"), "大厅系统升级闭厅"));
        replica.refresh(); // false if the replica's own start-up refresh already fetched it: either way it is in
        assertThat(replica.calendars().closedDays(REGION)).extracting(ClosedDay::date)
                .containsExactly(LocalDate.parse("2026-12-14"));
        clock.set(LocalDate.parse("2026-12-07"), LocalTime.of(10, 0)); // Monday: due Monday 12-14 elsewhere

        String ticketId = ticketOf(rateBadly(2));

        ApiClient.Response ticket = api.get("/api/evaluations/tickets/" + ticketId, supervisor).expect(200);
        assertThat(ticket.text("dueDate")).isEqualTo("2026-12-15");
        assertThat(ticket.body().path("dueDateProvisional").asBoolean()).isFalse();
    }

    @Test
    void aLegacyTicketOpenedWithoutDueDateGetsItsOwnAndItsOpenedEventAtTheNextPass() {
        Instant openedAt = Instant.parse("2025-09-26T02:00:00Z"); // during an old catalogue outage
        RectificationTicket legacy = RectificationTicket.restore(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), "20250926-LEGACY01", 1, "applicant1",
                DEPARTMENT, "XK-1", openedAt, new RectificationTicket.Origin(REGION, null, null, "WEB"), 5, null, true,
                RectificationTicket.Status.OPEN, null, null, null, null, 0, 0, false, null,
                List.of(new RectificationTicket.Step("open", "system", "SYSTEM", openedAt, "due pending")));
        tickets.insert(legacy);

        provisionalDueDates.calendarChanged(replica.calendars()); // what a calendar change or a start-up runs

        ApiClient.Response dated = api.get("/api/evaluations/tickets/" + legacy.id(), supervisor).expect(200);
        assertThat(dated.text("dueDate")).isEqualTo("2025-10-10");
        assertThat(dated.body().path("dueDateProvisional").asBoolean()).isFalse();
        assertThat(dated.body().path("history").path(1).path("action").asString()).isEqualTo("due-date");
        List<EventProbe.Event> opened = EventProbe.await(bootstrap, RectificationEvents.TOPIC,
                e -> legacy.id().equals(e.key()) && RectificationEvents.OPENED.equals(e.type()), Duration.ofSeconds(20));
        assertThat(opened).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"dueDate\":\"2025-10-10\"");
        });
        assertThat(rectification.withProvisionalDueDate(null, 1000)).doesNotContain(legacy.id());
    }
}
