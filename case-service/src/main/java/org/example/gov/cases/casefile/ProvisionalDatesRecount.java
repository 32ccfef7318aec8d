package org.example.gov.cases.casefile;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.platform.calendar.CalendarChangeListener;
import org.example.gov.platform.calendar.ProvisionalRecount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When the calendar changes (a year loaded, closed days changed; and once after start-up, to catch up), every case
 * with a provisional date is counted again ({@link ProvisionalRecount}: in id order, bounded batches, each case in its
 * own short transaction with its row locked, so a large backlog never holds many locks and a clerk's step waits at
 * most for one case). Idempotent: a case counted exactly leaves the flagged set, and one still provisional with the
 * same date is not touched; several replicas doing this at once serialise on the row lock.
 */
@Component
class ProvisionalDatesRecount implements CalendarChangeListener {

    private static final Logger log = LoggerFactory.getLogger(ProvisionalDatesRecount.class);

    private final CaseRepository cases;
    private final CaseService service;

    ProvisionalDatesRecount(CaseRepository cases, CaseService service) {
        this.cases = cases;
        this.service = service;
    }

    @Override
    public void calendarChanged(RegionalCalendars calendars) {
        ProvisionalRecount.Result result = ProvisionalRecount.run(cases::withProvisionalDates,
                id -> service.recomputeDates(id, calendars), "case");
        if (result.seen() > 0) {
            log.info("Recounted {} case(s) with provisional dates on calendar years {}: {} changed, {} failed",
                    result.seen(), calendars.loadedYears(), result.changed(), result.failed());
        }
    }
}
