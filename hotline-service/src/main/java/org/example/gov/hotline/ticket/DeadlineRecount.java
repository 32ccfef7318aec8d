package org.example.gov.hotline.ticket;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.platform.calendar.CalendarChangeListener;
import org.example.gov.platform.calendar.ProvisionalRecount;
import org.springframework.stereotype.Component;

/**
 * After the calendar replica changed (a year loaded, closed days changed) and once after start-up: due dates counted
 * on the weekends-only estimate are counted again, each ticket in its own short transaction, so a deadline that ran
 * into a year not yet published becomes exact once the State Council's schedule is loaded.
 */
@Component
class DeadlineRecount implements CalendarChangeListener {

    private final TicketService tickets;

    DeadlineRecount(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void calendarChanged(RegionalCalendars calendars) {
        ProvisionalRecount.run(tickets::withProvisionalDueDate, id -> tickets.recountDeadline(id, calendars), "ticket");
    }
}
