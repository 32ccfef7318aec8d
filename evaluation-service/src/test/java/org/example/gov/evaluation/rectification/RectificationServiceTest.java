package org.example.gov.evaluation.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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

import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.DependencyUnavailableException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The service's rules around the aggregate: the deadline from the calendar, and the overdue scan. */
class RectificationServiceTest {

    static final Instant OPENED = Instant.parse("2025-09-26T02:00:00Z"); // 10:00 in Beijing

    final RectificationRepository repository = mock(RectificationRepository.class);
    final Outbox outbox = mock(Outbox.class);

    @Test
    void theTicketIsDueFiveWorkingDaysAfterItOpenedPerTheOfficialCalendar() {
        try (CalendarStub stub = CalendarStub.start()) {
            RectificationService service = new RectificationService(repository, new CatalogCalendarClient(stub.url()),
                    outbox, Clock.fixed(OPENED, ZoneOffset.UTC), 5);
            RectificationTicket ticket = service.openFor(new RectificationService.BadRating("rating-1", "case-1",
                    "20250926-ABCDEFGH", 1, "applicant1", "市市场监督管理局", "XK-1"));

            assertThat(ticket.dueDate()).isEqualTo(LocalDate.parse("2025-10-10"));
            verify(repository).insert(ticket);
            verify(outbox).publish(eq(RectificationEvents.TOPIC), eq(RectificationEvents.OPENED), eq(ticket.id()),
                    any(RectificationEvents.Opened.class));
        }
    }

    @Test
    void theOverdueScanRaisesOneEventPerTicketHoweverOftenItRuns() {
        RectificationTicket ticket = RectificationTicketTest.open(); // due 2025-10-10
        when(repository.overdueCandidates(any(), anyInt())).thenReturn(List.of(ticket.id()));
        when(repository.findForUpdate(ticket.id())).thenReturn(Optional.of(ticket));
        RectificationService service = new RectificationService(repository, (from, n) -> from, outbox,
                Clock.systemUTC(), 5);
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
        RectificationService service = new RectificationService(repository, (from, n) -> from, outbox,
                Clock.systemUTC(), 5);

        assertThat(service.scanOverdue(Instant.parse("2025-10-10T15:00:00Z"))).isZero(); // 23:00 on the due date
        verify(outbox, never()).publish(any(), any(), any(), any());
    }

    @Test
    void aBadReviewDuringACalendarOutageOpensATicketWithoutDueDateAndTheScanFillsItOnce() {
        boolean[] calendarUp = {false};
        WorkingDays calendar = (from, n) -> {
            if (!calendarUp[0]) {
                throw new DependencyUnavailableException("item-catalog-service", null);
            }
            return LocalDate.parse("2025-10-10");
        };
        RectificationService service = new RectificationService(repository, calendar, outbox,
                Clock.fixed(OPENED, ZoneOffset.UTC), 5);

        RectificationTicket ticket = service.openFor(new RectificationService.BadRating("rating-1", "case-1",
                "20250926-ABCDEFGH", 1, "applicant1", "市市场监督管理局", "XK-1"));
        assertThat(ticket.dueDate()).isNull();
        verify(repository).insert(ticket);
        verify(outbox, never()).publish(any(), any(), any(), any()); // the opened event waits for the due date

        when(repository.withoutDueDate(anyInt())).thenReturn(List.of(ticket.id()));
        when(repository.findForUpdate(ticket.id())).thenReturn(Optional.of(ticket));
        assertThat(service.assignMissingDueDates()).isZero(); // still down: nothing changes, the next scan retries
        assertThat(ticket.dueDate()).isNull();

        calendarUp[0] = true;
        assertThat(service.assignMissingDueDates()).isEqualTo(1);
        assertThat(ticket.dueDate()).isEqualTo(LocalDate.parse("2025-10-10")); // counted from the opening date
        assertThat(service.assignMissingDueDates()).isZero();
        verify(outbox, times(1)).publish(eq(RectificationEvents.TOPIC), eq(RectificationEvents.OPENED), eq(ticket.id()),
                any(RectificationEvents.Opened.class));
    }

    @Test
    void aTicketWithoutDueDateIsNeverOverdue() {
        RectificationTicket ticket = RectificationTicket.open("r", "c", "n", 1, "a", "d", "i",
                RectificationTicket.Origin.UNKNOWN, OPENED, null);
        assertThat(ticket.markOverdueIfLate(LocalDate.parse("2026-01-01"), OPENED)).isFalse();
        assertThat(ticket.assignDueDate(LocalDate.parse("2025-10-10"), OPENED)).isTrue();
        assertThat(ticket.markOverdueIfLate(LocalDate.parse("2026-01-01"), OPENED)).isTrue();
    }
}
