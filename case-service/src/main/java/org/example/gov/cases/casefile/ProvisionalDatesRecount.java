package org.example.gov.cases.casefile;

import java.util.List;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.platform.calendar.CalendarChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When the calendar changes (a year loaded, closed days changed; and once after start-up, to catch up), every case
 * with a provisional date is counted again: in id order, {@value #BATCH} ids per query, each case in its own short
 * transaction with its row locked, so a large backlog never holds many locks and a clerk's step waits at most for
 * one case. Idempotent: a case counted exactly leaves the flagged set, and one still provisional with the same date
 * is not touched; several replicas doing this at once serialise on the row lock.
 */
@Component
class ProvisionalDatesRecount implements CalendarChangeListener {

    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(ProvisionalDatesRecount.class);

    private final CaseRepository cases;
    private final CaseService service;

    ProvisionalDatesRecount(CaseRepository cases, CaseService service) {
        this.cases = cases;
        this.service = service;
    }

    @Override
    public void calendarChanged(RegionalCalendars calendars) {
        int seen = 0;
        int changed = 0;
        CaseId after = null;
        while (true) {
            List<CaseId> batch = cases.withProvisionalDates(after, BATCH);
            for (CaseId id : batch) {
                seen++;
                try {
                    if (service.recomputeDates(id, calendars)) {
                        changed++;
                    }
                } catch (RuntimeException e) { // one case must not stop the others; it is retried at the next change
                    log.warn("Could not recount the provisional dates of case {}: {}", id, e.toString());
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.getLast();
        }
        if (seen > 0) {
            log.info("Recounted {} case(s) with provisional dates on calendar years {}: {} changed", seen,
                    calendars.loadedYears(), changed);
        }
    }
}
