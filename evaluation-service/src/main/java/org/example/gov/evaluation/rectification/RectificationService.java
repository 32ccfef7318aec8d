package org.example.gov.evaluation.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bad-review rectification (差评整改): tickets for the responsible department, their transitions and events, and the
 * overdue scan. Who reaches a ticket is {@link TicketAccess}'s rule (the platform scope policy over the ticket's
 * region and department); out of reach answers 404 like a missing ticket. Due dates are
 * counted in memory on the service's replica of the working-day calendar (never a call to item-catalog-service).
 */
@Service
public class RectificationService {

    private final RectificationRepository tickets;
    private final CalendarReplica calendar;
    private final Outbox outbox;
    private final Clock clock;
    private final int rectificationWorkingDays;
    private final AuditTrail audit;

    public RectificationService(RectificationRepository tickets, CalendarReplica calendar, Outbox outbox, Clock clock,
            @Value("${platform.evaluation.rectification-working-days:5}") int rectificationWorkingDays, AuditTrail audit) {
        this.tickets = tickets;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
        this.rectificationWorkingDays = rectificationWorkingDays;
        this.audit = audit;
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
     * Runs in the rating's transaction: the ticket exists exactly when the bad rating does, always with its due date
     * (counted on the calendar of the rating's region; provisional if the count runs into a year not loaded).
     */
    @Transactional
    public RectificationTicket openFor(BadRating rating) {
        RectificationTicket ticket = RectificationTicket.open(rating.ratingId(), rating.caseId(), rating.caseNumber(),
                rating.level(), rating.raterId(), rating.department(), rating.itemCode(),
                new RectificationTicket.Origin(rating.region(), rating.hallCode(), rating.staffId(), rating.channel()),
                clock.instant(), rectificationWorkingDays, calendar.calendar(rating.region()));
        tickets.insert(ticket);
        publishOpened(ticket);
        return ticket;
    }

    /** v2 (no case, no rater) and, until its consumers move, v1 beside it: same transaction, same key. */
    private void publishOpened(RectificationTicket ticket) {
        outbox.publish(RectificationEvents.TOPIC, RectificationEvents.OPENED_V2, ticket.id(),
                RectificationEvents.OpenedV2.of(ticket));
        outbox.publish(RectificationEvents.TOPIC, RectificationEvents.OPENED, ticket.id(),
                RectificationEvents.Opened.of(ticket));
    }

    /** One page of the tickets whose due date is provisional (or missing), after {@code afterId}. */
    @Transactional(readOnly = true)
    public List<String> withProvisionalDueDate(String afterId, int limit) {
        return tickets.withProvisionalDueDate(afterId, limit);
    }

    /**
     * Recounts one ticket's provisional (or missing) due date on {@code calendars}, in its own short transaction with
     * the row locked, so several replicas of the service may run the same pass. A change is recorded in the
     * ticket's history and published: the recomputed event, or, for a legacy ticket that had no due date, its opened
     * event (held back until then).
     *
     * @return true if the due date changed, became exact or was set
     */
    @Transactional
    public boolean recomputeDueDate(String id, RegionalCalendars calendars) {
        RectificationTicket ticket = tickets.findForUpdate(id).orElse(null);
        if (ticket == null) {
            return false;
        }
        Instant now = clock.instant();
        Optional<RectificationTicket.DueDateChange> change =
                ticket.recomputeDueDate(calendars.of(ticket.origin().region()), now);
        change.ifPresent(c -> {
            tickets.update(ticket);
            publishDueDate(ticket, c, now);
        });
        return change.isPresent();
    }

    private void publishDueDate(RectificationTicket ticket, RectificationTicket.DueDateChange change, Instant now) {
        if (change.previous() == null) {
            publishOpened(ticket);
        } else {
            outbox.publish(RectificationEvents.TOPIC, RectificationEvents.DUE_DATE_RECOMPUTED, ticket.id(),
                    RectificationEvents.DueDateRecomputed.of(ticket, change, now));
        }
    }

    @Transactional
    public RectificationTicket callBack(String id, RectificationTicket.CallBackResult result, String note, Actor staff) {
        RectificationTicket ticket = forDepartment(id, staff);
        ticket.callBack(result, note, staff, clock.instant());
        tickets.update(ticket);
        audit.staffAction(staff, "ticket.call-back", "ticket", ticket.id());
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
        audit.staffAction(staff, "ticket.rectification", "ticket", ticket.id());
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
        audit.staffAction(staff, "ticket.explanation", "ticket", ticket.id());
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
        audit.staffAction(staff, "ticket.appeal", "ticket", ticket.id());
        return ticket;
    }

    @Transactional
    public RectificationTicket decideAppeal(String id, boolean uphold, String note, Actor supervisor) {
        RectificationTicket ticket = locked(id);
        if (!TicketAccess.maySupervise(ticket, supervisor)) {
            throw notFound(id); // another region's supervisors decide its appeals
        }
        ticket.decideAppeal(uphold, note, supervisor, clock.instant());
        tickets.update(ticket);
        if (ticket.excludesRatingFromBadRate()) {
            tickets.excludeRatingFromBadRate(ticket.ratingId());
        }
        publishIfClosed(ticket);
        audit.staffAction(supervisor, "ticket.appeal-decision", "ticket", ticket.id());
        return ticket;
    }

    @Transactional
    public RectificationTicket rateSatisfaction(String id, RectificationTicket.Satisfaction result, Actor rater) {
        RectificationTicket ticket = locked(id);
        if (!TicketAccess.isRater(ticket, rater)) {
            throw notFound(id); // only the rater re-rates; others do not learn the ticket exists
        }
        ticket.rateSatisfaction(result, rater, clock.instant());
        tickets.update(ticket);
        publishIfClosed(ticket);
        return ticket;
    }

    /** A ticket the actor may read (see {@link TicketAccess}); 404 otherwise. */
    @Transactional(readOnly = true)
    public RectificationTicket get(String id, Actor actor) {
        return tickets.find(id).filter(t -> TicketAccess.maySee(t, actor)).orElseThrow(() -> notFound(id));
    }

    /** What the rater said about the service, for every reader of the ticket (no rater identity in it). */
    @Transactional(readOnly = true)
    public Optional<Complaint> complaint(RectificationTicket ticket) {
        return tickets.complaintOf(ticket.ratingId());
    }

    /**
     * The tickets the actor may read, filtered in SQL by their scope. Looking tickets up by case is for supervisors
     * only, and only within their supervised scope: for a department, whose staff handled the case, finding the ticket
     * of a case would name its rater.
     */
    @Transactional(readOnly = true)
    public TicketSearchResult search(RectificationTicket.Status status, String caseId, int page, int size,
            Actor actor) {
        Scope scope = caseId == null ? TicketAccess.readable(actor) : TicketAccess.supervised(actor);
        if (caseId != null && scope.isEmpty()) {
            throw new BusinessRuleViolationException("CASE_FILTER_SUPERVISORS_ONLY", "caseId",
                    "Only supervisors look tickets up by case");
        }
        if (scope.isEmpty()) {
            return new TicketSearchResult(List.of(), 0);
        }
        return tickets.search(scope.where("region", "department"), status, caseId, page, size);
    }

    /** Marks tickets past their due date OVERDUE, once each (the flag is in the database); returns how many. */
    @Transactional
    public int scanOverdue() {
        return scanOverdue(clock.instant());
    }

    @Transactional
    public int scanOverdue(Instant now) {
        LocalDate today = ShanghaiDate.of(now);
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

    private RectificationTicket forDepartment(String id, Actor staff) {
        RectificationTicket ticket = locked(id);
        if (!TicketAccess.mayWork(ticket, staff)) {
            throw notFound(id);
        }
        if (ticket.dueDate() == null) { // a legacy ticket from an old outage: count it now, so the answer carries it
            Instant now = clock.instant();
            ticket.recomputeDueDate(calendar.calendar(ticket.origin().region()), now)
                    .ifPresent(change -> publishDueDate(ticket, change, now));
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
