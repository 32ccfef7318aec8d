package org.example.gov.evaluation.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.DependencyUnavailableException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bad-review rectification (差评整改): tickets for the responsible department, their transitions and events, and the
 * overdue scan. Department staff see and act on their own department's tickets only; others get 404.
 */
@Service
public class RectificationService {

    /** Working days and "today" are counted on the platform's civil calendar. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(RectificationService.class);

    private final RectificationRepository tickets;
    private final WorkingDays workingDays;
    private final Outbox outbox;
    private final Clock clock;
    private final int rectificationWorkingDays;

    public RectificationService(RectificationRepository tickets, WorkingDays workingDays, Outbox outbox, Clock clock,
            @Value("${platform.evaluation.rectification-working-days:5}") int rectificationWorkingDays) {
        this.tickets = tickets;
        this.workingDays = workingDays;
        this.outbox = outbox;
        this.clock = clock;
        this.rectificationWorkingDays = rectificationWorkingDays;
    }

    /** What a bad rating tells the ticket; plain values so the rating capability stays independent. */
    public record BadRating(String ratingId, String caseId, String caseNumber, int level, String raterId,
            String department, String itemCode, String region, String hallCode, String staffId, String channel) {

        public BadRating(String ratingId, String caseId, String caseNumber, int level, String raterId,
                String department, String itemCode) {
            this(ratingId, caseId, caseNumber, level, raterId, department, itemCode, RectificationTicket.Origin.UNKNOWN.region(),
                    null, null, RectificationTicket.Origin.UNKNOWN.channel());
        }
    }

    /**
     * Runs in the rating's transaction: the ticket exists exactly when the bad rating does. If the working-day calendar
     * (item-catalog-service) is unavailable the rating and the ticket are stored anyway, without a due date; the scan
     * job fills it in later ({@link #assignMissingDueDates}) and only then publishes the ticket's opened event, which
     * always carries the due date.
     */
    @Transactional
    public RectificationTicket openFor(BadRating rating) {
        Instant now = clock.instant();
        LocalDate due = dueDateOrNull(now);
        RectificationTicket ticket = RectificationTicket.open(rating.ratingId(), rating.caseId(), rating.caseNumber(),
                rating.level(), rating.raterId(), rating.department(), rating.itemCode(),
                new RectificationTicket.Origin(rating.region(), rating.hallCode(), rating.staffId(), rating.channel()),
                now, due);
        tickets.insert(ticket);
        if (ticket.hasDueDate()) {
            outbox.publish(RectificationEvents.TOPIC, RectificationEvents.OPENED, ticket.id(),
                    RectificationEvents.Opened.of(ticket));
        }
        return ticket;
    }

    /**
     * Gives the tickets opened during a calendar outage their due date (counted from their opening date) and publishes
     * their opened event. Stops at the first calendar failure: the next scan retries. Safe on several replicas (row
     * lock, and a ticket's due date is set once).
     *
     * @return how many tickets got their due date
     */
    @Transactional
    public int assignMissingDueDates() {
        Instant now = clock.instant();
        int assigned = 0;
        for (String id : tickets.withoutDueDate(200)) {
            RectificationTicket ticket = tickets.findForUpdate(id).orElse(null);
            if (ticket == null || ticket.hasDueDate()) {
                continue;
            }
            LocalDate due;
            try {
                due = workingDays.addWorkingDays(LocalDate.ofInstant(ticket.openedAt(), ZONE), rectificationWorkingDays);
            } catch (DependencyUnavailableException stillDown) {
                log.warn("Working-day calendar still unavailable; tickets from {} on keep waiting for their due date", id);
                break;
            }
            if (ticket.assignDueDate(due, now)) {
                tickets.update(ticket);
                outbox.publish(RectificationEvents.TOPIC, RectificationEvents.OPENED, ticket.id(),
                        RectificationEvents.Opened.of(ticket));
                assigned++;
            }
        }
        return assigned;
    }

    private LocalDate dueDateOrNull(Instant now) {
        try {
            return workingDays.addWorkingDays(LocalDate.ofInstant(now, ZONE), rectificationWorkingDays);
        } catch (DependencyUnavailableException calendarDown) {
            log.warn("Working-day calendar unavailable: opening the rectification ticket without a due date for now");
            return null;
        }
    }

    @Transactional
    public RectificationTicket callBack(String id, RectificationTicket.CallBackResult result, String note, Actor staff) {
        RectificationTicket ticket = forDepartment(id, staff);
        ticket.callBack(result, note, staff, clock.instant());
        tickets.update(ticket);
        return ticket;
    }

    @Transactional
    public RectificationTicket rectify(String id, String measures, Actor staff) {
        RectificationTicket ticket = forDepartment(id, staff);
        Instant now = clock.instant();
        ticket.rectify(measures, staff, now);
        tickets.update(ticket);
        outbox.publish(RectificationEvents.TOPIC, RectificationEvents.RECTIFIED, ticket.id(),
                RectificationEvents.Answered.of(ticket, now));
        return ticket;
    }

    @Transactional
    public RectificationTicket explain(String id, String reason, Actor staff) {
        RectificationTicket ticket = forDepartment(id, staff);
        Instant now = clock.instant();
        ticket.explain(reason, staff, now);
        tickets.update(ticket);
        outbox.publish(RectificationEvents.TOPIC, RectificationEvents.EXPLAINED, ticket.id(),
                RectificationEvents.Answered.of(ticket, now));
        return ticket;
    }

    @Transactional
    public RectificationTicket appeal(String id, String reason, List<String> evidence, Actor staff) {
        RectificationTicket ticket = forDepartment(id, staff);
        Instant now = clock.instant();
        ticket.appeal(reason, evidence, staff, now);
        tickets.update(ticket);
        outbox.publish(RectificationEvents.TOPIC, RectificationEvents.APPEALED, ticket.id(),
                RectificationEvents.Answered.of(ticket, now));
        return ticket;
    }

    @Transactional
    public RectificationTicket decideAppeal(String id, boolean uphold, String note, Actor supervisor) {
        RectificationTicket ticket = locked(id);
        ticket.decideAppeal(uphold, note, supervisor, clock.instant());
        tickets.update(ticket);
        if (ticket.excludesRatingFromBadRate()) {
            tickets.excludeRatingFromBadRate(ticket.ratingId());
        }
        publishIfClosed(ticket);
        return ticket;
    }

    @Transactional
    public RectificationTicket rateSatisfaction(String id, RectificationTicket.Satisfaction result, Actor rater) {
        RectificationTicket ticket = locked(id);
        if (!ticket.isRater(rater.id())) {
            throw notFound(id); // only the rater re-rates; others do not learn the ticket exists
        }
        ticket.rateSatisfaction(result, rater, clock.instant());
        tickets.update(ticket);
        publishIfClosed(ticket);
        return ticket;
    }

    /** Supervisors see every ticket, department staff their department's, the rater their own. */
    @Transactional(readOnly = true)
    public RectificationTicket get(String id, Actor actor) {
        RectificationTicket ticket = tickets.find(id).orElseThrow(() -> notFound(id));
        if (!maySee(ticket, actor)) {
            throw notFound(id);
        }
        return ticket;
    }

    @Transactional(readOnly = true)
    public TicketSearchResult search(RectificationTicket.Status status, String caseId, int page, int size,
            Actor actor) {
        String department = isSupervisor(actor) ? null : actor.department();
        if (department == null && !isSupervisor(actor)) {
            return new TicketSearchResult(List.of(), 0);
        }
        return tickets.search(department, status, caseId, page, size);
    }

    /** Marks tickets past their due date OVERDUE, once each (the flag is in the database); returns how many. */
    @Transactional
    public int scanOverdue() {
        return scanOverdue(clock.instant());
    }

    @Transactional
    public int scanOverdue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        int marked = 0;
        for (String id : tickets.overdueCandidates(today, 500)) {
            RectificationTicket ticket = tickets.findForUpdate(id).orElse(null);
            if (ticket != null && ticket.markOverdueIfLate(today, now)) {
                tickets.update(ticket);
                outbox.publish(RectificationEvents.TOPIC, RectificationEvents.OVERDUE, ticket.id(),
                        RectificationEvents.Overdue.of(ticket, now));
                marked++;
            }
        }
        return marked;
    }

    public static boolean isSupervisor(Actor actor) {
        return actor.roles().contains("SUPERVISOR");
    }

    private boolean maySee(RectificationTicket ticket, Actor actor) {
        return isSupervisor(actor)
                || isDepartmentStaff(actor) && ticket.department().equals(actor.department())
                || ticket.isRater(actor.id());
    }

    private static boolean isDepartmentStaff(Actor actor) {
        return actor.roles().contains("CLERK") || actor.roles().contains("APPROVER");
    }

    private RectificationTicket forDepartment(String id, Actor staff) {
        RectificationTicket ticket = locked(id);
        if (!ticket.department().equals(staff.department())) {
            throw notFound(id);
        }
        if (!ticket.hasDueDate()) { // opened during a calendar outage: try again now, so the answer carries it
            try {
                ticket.assignDueDate(workingDays.addWorkingDays(LocalDate.ofInstant(ticket.openedAt(), ZONE),
                        rectificationWorkingDays), clock.instant());
                outbox.publish(RectificationEvents.TOPIC, RectificationEvents.OPENED, ticket.id(),
                        RectificationEvents.Opened.of(ticket));
            } catch (DependencyUnavailableException stillDown) {
                // the answer is recorded anyway; its event says dueDate null, the scan sets it later
            }
        }
        return ticket;
    }

    private RectificationTicket locked(String id) {
        return tickets.findForUpdate(id).orElseThrow(() -> notFound(id));
    }

    private void publishIfClosed(RectificationTicket ticket) {
        if (ticket.status() == RectificationTicket.Status.CLOSED) {
            outbox.publish(RectificationEvents.TOPIC, RectificationEvents.CLOSED, ticket.id(),
                    RectificationEvents.Closed.of(ticket));
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("TICKET_NOT_FOUND", "No rectification ticket " + id, id);
    }
}
