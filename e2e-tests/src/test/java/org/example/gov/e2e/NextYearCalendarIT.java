package org.example.gov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;
import org.example.gov.testsupport.EventProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 end to end: a case whose promised time limit runs into a year whose holiday schedule is not loaded yet is
 * accepted anyway, with a provisional due date; when an operator loads that year in the catalogue, case-service's
 * replica hears of it and recomputes the due date exactly, with a history entry and an event.
 *
 * <p>Works on any day: the year is the first one the catalogue has not loaded, the promise is long enough to reach
 * ten working days into it, and the schedule loaded is a test fixture (the first week of January off), never
 * presented as an official one.
 */
class NextYearCalendarIT {

    static ApiClient gateway;
    static String operator;
    static String clerk;
    static String applicant;

    @BeforeAll
    static void platform() {
        RunningPlatform.get();
        gateway = RunningPlatform.gateway();
        operator = gateway.devToken("operator1");
        clerk = gateway.devToken("clerk1");
        applicant = gateway.devToken("applicant1");
    }

    @Test
    void aCaseDueInAYearNotLoadedIsAcceptedProvisionallyAndRecomputedWhenTheYearIsLoaded() {
        LocalDate today = ShanghaiDate.today(Clock.systemUTC());
        int year = CalendarYears.firstYearNotLoadedFrom(gateway, today.getYear());
        // working days left before that year (exact: those years are loaded), plus ten into it
        int promised = 10 + (year == today.getYear() ? 0 : gateway.get("/api/calendar/working-days?from=" + today
                + "&to=" + (year - 1) + "-12-31", null).expect(200).body().path("workingDays").asInt());
        String itemId = RunningPlatform.publishItem("XK-E2E-CAL-" + System.nanoTime(), promised, promised);

        String caseId = gateway.post("/api/cases", applicant, TestApplicants.online(itemId)).expect(201).text("id");
        gateway.post("/api/cases/" + caseId + "/reception", clerk, null).expect(200);
        ApiClient.Response accepted = gateway.post("/api/cases/" + caseId + "/acceptance", clerk, null).expect(200);
        LocalDate estimate = LocalDate.parse(accepted.body().path("deadline").path("dueDate").asString());
        assertThat(estimate.getYear()).isEqualTo(year);
        assertThat(accepted.body().path("deadline").path("dueDateProvisional").asBoolean()).as("accepted, provisional")
                .isTrue();
        assertThat(gateway.get("/api/calendar/due-date?from=" + today + "&workingDays=" + promised, null)
                .expect(422).text("code")).as("the public API does not pass the estimate off as exact")
                .isEqualTo("CALENDAR_YEAR_NOT_LOADED");

        gateway.put("/api/calendar/years/" + year, operator, CalendarYears.testSchedule(year)).expect(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                !gateway.get("/api/cases/" + caseId, clerk).expect(200).body().path("deadline").path("dueDateProvisional")
                        .asBoolean());
        LocalDate exact = LocalDate.parse(gateway.get("/api/calendar/due-date?from=" + today + "&workingDays=" + promised,
                null).expect(200).text("dueDate"));
        assertThat(exact).as("the test week off moves the date").isAfter(estimate);
        assertThat(gateway.get("/api/cases/" + caseId, clerk).body().path("deadline").path("dueDate").asString())
                .isEqualTo(exact.toString());
        EventProbe.Event recomputed = EventProbe.await(RunningPlatform.get().kafka().bootstrapServers(), "gov.case.events",
                e -> caseId.equals(e.key()) && "gov.case.due-date-recomputed.v1".equals(e.type()), Duration.ofSeconds(30))
                .getFirst();
        assertThat(recomputed.data()).contains(exact.toString()).contains(estimate.toString());
    }
}
