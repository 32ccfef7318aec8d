package org.example.gov.evaluation.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.YearSchedule;
import org.example.gov.evaluation.support.TestCalendarYears;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The service around the aggregate: the due date on the region's calendar, its recount, and the overdue scan. */
class RectificationServiceTest {

    static final Instant OPENED = Instant.parse("2025-09-26T02:00:00Z"); // Friday 10:00 in Beijing
    static final Instant DECEMBER_28 = Instant.parse("2026-12-28T02:00:00Z");
    static final RegionalCalendars OFFICIAL = RegionalCalendars.of(OfficialSchedules.bundled(),
            List.of(new ClosedDay("440300", LocalDate.parse("2025-10-10"), "大厅系统升级闭厅")));

    final RectificationRepository repository = mock(RectificationRepository.class);
    final Outbox outbox = mock(Outbox.class);
    final CalendarReplica replica = replicaOf(OFFICIAL);

    static CalendarReplica replicaOf(RegionalCalendars calendars) {
        CalendarReplica replica = mock(CalendarReplica.class);
        when(replica.calendar(anyString())).thenAnswer(call -> calendars.of(call.getArgument(0)));
        when(replica.calendars()).thenReturn(calendars);
        return replica;
    }

    RectificationService service(Instant now) {
        return new RectificationService(repository, replica, outbox, Clock.fixed(now, ZoneOffset.UTC), 5,
                mock(AuditTrail.class));
    }

    static RectificationService.BadRating badRating(String region) {
        return new RectificationService.BadRating("rating-1", "case-1", "20250926-ABCDEFGH", 1, "applicant1",
                "市市场监督管理局", "XK-1", region, null, null, "APP");
    }

    @Test
    void theTicketIsDueFiveWorkingDaysAfterItOpenedOnTheOfficialCalendar() {
        RectificationTicket ticket = service(OPENED).openFor(badRating("440100"));

        assertThat(ticket.dueDate()).isEqualTo(LocalDate.parse("2025-10-10"));
        assertThat(ticket.dueDateProvisional()).isFalse();
        verify(repository).insert(ticket);
        ArgumentCaptor<Object> data = ArgumentCaptor.forClass(Object.class);
        verify(outbox).publish(eq(RectificationEvents.TOPIC), eq(RectificationEvents.OPENED), eq(ticket.id()),
                data.capture());
        assertThat(((RectificationEvents.Opened) data.getValue()).dueDateProvisional()).isFalse();
    }

    @Test
    void theTicketOfARegionWithAClosedDayIsDueAWorkingDayLater() {
        assertThat(service(OPENED).openFor(badRating("440300")).dueDate()).isEqualTo(LocalDate.parse("2025-10-11"));
    }

    @Test
    void aBadReviewWhoseCountRunsIntoAYearNotLoadedOpensAProvisionalTicketAndSaysSo() {
        RectificationTicket ticket = service(DECEMBER_28).openFor(badRating("440100"));

        assertThat(ticket.dueDate()).isEqualTo(LocalDate.parse("2027-01-04"));
        assertThat(ticket.dueDateProvisional()).isTrue();
        ArgumentCaptor<Object> data = ArgumentCaptor.forClass(Object.class);
        verify(outbox).publish(eq(RectificationEvents.TOPIC), eq(RectificationEvents.OPENED), eq(ticket.id()),
                data.capture());
        assertThat(((RectificationEvents.Opened) data.getValue()).dueDateProvisional()).isTrue();
    }

    @Test
    void theRecountPublishesTheRecomputedDueDateOnceAndOnlyWhenItChanged() {
        RectificationTicket ticket = service(DECEMBER_28).openFor(badRating("440100"));
        when(repository.findForUpdate(ticket.id())).thenReturn(Optional.of(ticket));
        RectificationService service = service(DECEMBER_28.plusSeconds(60));

        assertThat(service.recomputeDueDate(ticket.id(), OFFICIAL)).as("2027 still not loaded").isFalse();
        List<YearSchedule> with2027 = new java.util.ArrayList<>(OfficialSchedules.bundled());
        with2027.add(TestCalendarYears.TEST_2027);
        assertThat(service.recomputeDueDate(ticket.id(), RegionalCalendars.of(with2027, List.of()))).isTrue();
        assertThat(service.recomputeDueDate(ticket.id(), RegionalCalendars.of(with2027, List.of()))).isFalse();

        ArgumentCaptor<Object> data = ArgumentCaptor.forClass(Object.class);
        verify(outbox, times(1)).publish(eq(RectificationEvents.TOPIC), eq(RectificationEvents.DUE_DATE_RECOMPUTED),
                eq(ticket.id()), data.capture());
        assertThat(data.getValue()).isEqualTo(new RectificationEvents.DueDateRecomputed(ticket.id(), "rating-1",
                "市市场监督管理局", LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-06"), false,
                DECEMBER_28.plusSeconds(60)));
        verify(repository, times(1)).update(ticket);
    }

    @Test
    void aLegacyTicketWithoutDueDateGetsItAndItsOpenedEventAtTheRecount() {
        RectificationTicket legacy = RectificationTicket.restore("t-legacy", "rating-1", "case-1", "n", 1, "applicant1",
                "市市场监督管理局", "XK-1", OPENED, new RectificationTicket.Origin("440100", null, null, "WEB"), 5, null,
                true, RectificationTicket.Status.OPEN, null, null, null, null, 0, 0, false, null, List.of());
        when(repository.findForUpdate("t-legacy")).thenReturn(Optional.of(legacy));

        assertThat(service(DECEMBER_28).recomputeDueDate("t-legacy", OFFICIAL)).isTrue();

        assertThat(legacy.dueDate()).isEqualTo(LocalDate.parse("2025-10-10")); // counted from its opening date
        verify(outbox).publish(eq(RectificationEvents.TOPIC), eq(RectificationEvents.OPENED), eq("t-legacy"),
                any(RectificationEvents.Opened.class));
        verify(outbox, never()).publish(any(), eq(RectificationEvents.DUE_DATE_RECOMPUTED), any(), any());
    }

    @Test
    void theOverdueScanRaisesOneEventPerTicketHoweverOftenItRuns() {
        RectificationTicket ticket = RectificationTicketTest.open(); // due 2025-10-10
        when(repository.overdueCandidates(any(), anyInt())).thenReturn(List.of(ticket.id()));
        when(repository.findForUpdate(ticket.id())).thenReturn(Optional.of(ticket));
        RectificationService service = service(OPENED);
        Instant afterDue = Instant.parse("2025-10-11T01:00:00Z"); // 2025-10-11 in Beijing

        assertThat(service.scanOverdue(afterDue)).isEqualTo(1);
        assertThat(service.scanOverdue(afterDue)).isZero();

        ArgumentCaptor<Object> data = ArgumentCaptor.forClass(Object.class);
        verify(outbox, times(1)).publish(eq(RectificationEvents.TOPIC), eq(RectificationEvents.OVERDUE),
                eq(ticket.id()), data.capture());
        assertThat(data.getValue()).isInstanceOf(RectificationEvents.Overdue.class);
        verify(repository, times(1)).update(ticket);
    }

    @Test
    void theOverdueScanLeavesTicketsOnTheirDueDateAlone() {
        RectificationTicket ticket = RectificationTicketTest.open();
        when(repository.overdueCandidates(any(), anyInt())).thenReturn(List.of(ticket.id()));
        when(repository.findForUpdate(ticket.id())).thenReturn(Optional.of(ticket));

        assertThat(service(OPENED).scanOverdue(Instant.parse("2025-10-10T15:00:00Z"))).isZero(); // 23:00 on the due date
        verify(outbox, never()).publish(any(), any(), any(), any());
    }
}
