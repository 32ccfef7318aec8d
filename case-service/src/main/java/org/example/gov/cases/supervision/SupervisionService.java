package org.example.gov.cases.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.cases.casefile.CaseEvents;
import org.example.gov.cases.supervision.config.SupervisionPolicy;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 电子监察: raises every deadline warning that is due, exactly once. A scan holds no state between runs: it asks the
 * database which open cases owe a warning today and have not had it, so a scan after downtime raises what was missed
 * (a case that went overdue while the service was down gets its OVERDUE warning, not a stale "due today"), and scans
 * running at the same time on several replicas raise each warning once (unique key; only the inserter publishes).
 * Each case is judged on its region's calendar; a warning that rests on the estimate of a year not loaded is raised
 * all the same, flagged provisional.
 */
@Service
public class SupervisionService {

    private static final Logger log = LoggerFactory.getLogger(SupervisionService.class);
    private static final int BATCH = 500;

    private final WarningRepository warnings;
    private final CalendarReplica calendar;
    private final SupervisionPolicy policy;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public SupervisionService(WarningRepository warnings, CalendarReplica calendar, SupervisionPolicy policy,
            Outbox outbox, TransactionTemplate transactions, Clock clock) {
        this.warnings = warnings;
        this.calendar = calendar;
        this.policy = policy;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many warnings this scan raised */
    public int scan() {
        Instant now = clock.instant();
        LocalDate today = ShanghaiDate.of(now);
        RegionalCalendars days = calendar.calendars();
        // working days are never sparser than 1 in 3 calendar days plus the longest holiday
        LocalDate horizon = today.plusDays(policy.maxApproachingDays() * 3L + 14);
        int raised = 0;
        // the most severe first: a case overdue after downtime is not also told it is "due today"
        for (WarningKind kind : List.of(WarningKind.OVERDUE, WarningKind.DUE_TODAY, WarningKind.APPROACHING,
                WarningKind.NOT_ACCEPTED, WarningKind.PRE_REVIEW_LATE)) {
            raised += scan(kind, today, horizon, days, now);
        }
        return raised;
    }

    /** Pages through every candidate of the kind (keyset, so a scan ends however many do not qualify yet). */
    private int scan(WarningKind kind, LocalDate today, LocalDate horizon, RegionalCalendars days, Instant now) {
        int raised = 0;
        OpenCase after = null;
        while (true) {
            List<OpenCase> batch = warnings.candidates(kind, today, horizon, after, BATCH);
            for (OpenCase c : batch) {
                try {
                    Warning w = Warning.due(c, kind, today, days.of(c.region()), policy);
                    if (w != null && Boolean.TRUE.equals(transactions.execute(status -> raise(w, now)))) {
                        raised++;
                    }
                } catch (RuntimeException e) { // one case's bad data must not stop the others
                    log.warn("Could not evaluate {} for case {}: {}", kind, c.caseNumber(), e.toString());
                }
            }
            if (batch.size() < BATCH) {
                return raised;
            }
            after = batch.getLast();
        }
    }

    private boolean raise(Warning w, Instant now) {
        String id = warnings.insertIfNew(w, now);
        if (id == null) {
            return false;
        }
        OpenCase c = w.subject();
        outbox.publish(CaseEvents.TOPIC, CaseEvents.WARNING_RAISED, c.caseId(), new RaisedWarning(id, c.caseId(),
                c.caseNumber(), w.kind(), w.level(), w.referenceDate(), w.remainingWorkingDays(), w.provisional(),
                c.region(), c.department(), c.itemCode(), c.itemName(), now));
        return true;
    }

    public WarningRepository.Page search(WarningFilter filter, int page, int size) {
        return warnings.search(filter, page, size);
    }
}
