package org.example.gov.evaluation.rectification;

import java.util.List;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.platform.calendar.CalendarChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After the calendar replica changed (a year loaded, a region's closed days changed) and once after start-up: recounts
 * every ticket whose due date is provisional, or missing on a legacy ticket. Pages through them by id (bounded
 * batches, each ticket in its own short transaction with its row locked), so it holds no lock for long, a ticket that
 * stays provisional (its year still not loaded) does not stall the pass, and several replicas may run it at once.
 */
@Component
class ProvisionalDueDatesListener implements CalendarChangeListener {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ProvisionalDueDatesListener.class);

    private final RectificationService rectification;

    ProvisionalDueDatesListener(RectificationService rectification) {
        this.rectification = rectification;
    }

    @Override
    public void calendarChanged(RegionalCalendars calendars) {
        int changed = 0;
        int failed = 0;
        String after = null;
        for (List<String> page; !(page = rectification.withProvisionalDueDate(after, BATCH)).isEmpty(); after = page.getLast()) {
            for (String id : page) {
                try {
                    changed += rectification.recomputeDueDate(id, calendars) ? 1 : 0;
                } catch (RuntimeException e) { // e.g. a lock wait timeout: the next change or start retries it
                    failed++;
                    log.warn("Could not recount the due date of rectification ticket {}: {}", id, e.toString());
                }
            }
        }
        if (changed > 0 || failed > 0) {
            log.info("Recounted provisional due dates on calendar years {}: {} changed, {} failed", calendars.loadedYears(),
                    changed, failed);
        }
    }
}
