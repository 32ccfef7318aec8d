package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.calendar.YearSchedule;
import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A due date that runs into a year whose schedule is not loaded is the weekends-only estimate, flagged provisional,
 * and counted again (with its event) when the catalogue's calendar brings the year.
 */
class DeadlineRecountIntegrationTest extends HotlineIntegrationTest {

    /** A TEST FIXTURE, not the official 2027 schedule: 元旦 on Fri 1 January and Mon 11 January off. */
    static final YearSchedule TEST_2027 = YearSchedule.of(2027, List.of(
            new YearSchedule.Entry(LocalDate.parse("2027-01-01"), true, "元旦"),
            new YearSchedule.Entry(LocalDate.parse("2027-01-11"), true, "测试假日（测试数据）")));

    @Autowired
    CalendarReplica replica;

    @Autowired
    DeadlineRecount recount;

    @Test
    void aProvisionalDueDateBecomesExactOnceTheYearIsLoaded() {
        today("2026-12-21", "10:00");
        String id = dispatchedComplaint(false);
        ApiClient.Response estimated = api.get("/api/hotline/tickets/" + id, agent).expect(200);
        assertThat(estimated.text("dueDate")).isEqualTo("2027-01-11"); // Fri 2027-01-01 counted as a working day
        assertThat(estimated.body().path("dueProvisional").asBoolean()).isTrue();

        try {
            CATALOG.add(TEST_2027);
            assertThat(replica.refresh()).isTrue();
            recount.calendarChanged(replica.calendars()); // what the replica runs after a change or at start-up

            ApiClient.Response exact = api.get("/api/hotline/tickets/" + id, agent).expect(200);
            assertThat(exact.text("dueDate")).isEqualTo("2027-01-13");
            assertThat(exact.body().path("dueProvisional").asBoolean()).isFalse();
            assertThat(exact.body().path("history").findValuesAsString("action")).containsOnlyOnce("RECOUNT_DEADLINE");

            List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                    TicketEvents.TOPIC, e -> id.equals(e.key()) && e.type().equals("gov.hotline.due-date-recomputed.v1"),
                    Duration.ofSeconds(20));
            events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
            assertThat(events.getFirst().data()).contains("\"dueDate\":\"2027-01-13\"", "\"dueProvisional\":false");
        } finally {
            CATALOG.reset();
            replica.refresh();
        }
    }
}
