package org.example.gov.evaluation.rectification;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.platform.calendar.CalendarChangeListener;
import org.example.gov.platform.calendar.ProvisionalRecount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After the calendar replica changed (a year loaded, a region's closed days changed) and once after start-up: recounts
 * every ticket whose due date is provisional, or missing on a legacy ticket ({@link ProvisionalRecount}: by id, bounded
 * batches, each ticket in its own short transaction with its row locked), so it holds no lock for long, a ticket that
 * stays provisional (its year still not loaded) does not stall the pass, and several replicas may run it at once.
 */
@Component
class ProvisionalDueDatesListener implements CalendarChangeListener {

    private static final Logger log = LoggerFactory.getLogger(ProvisionalDueDatesListener.class);

    private final RectificationService rectification;

    ProvisionalDueDatesListener(RectificationService rectification) {
        this.rectification = rectification;
    }

    @Override
    public void calendarChanged(RegionalCalendars calendars) {
        ProvisionalRecount.Result result = ProvisionalRecount.run(rectification::withProvisionalDueDate,
                id -> rectification.recomputeDueDate(id, calendars), "rectification ticket");
        if (result.changed() > 0 || result.failed() > 0) {
            log.info("Recounted provisional due dates on calendar years {}: {} changed, {} failed", calendars.loadedYears(),
                    result.changed(), result.failed());
        }
    }
}
