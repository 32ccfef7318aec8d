package org.example.gov.trading.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.award.ProcedureHold;
import org.example.gov.trading.award.PublicityObjection;
import org.example.gov.trading.award.PublicityRepository;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.TenderService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints ({@link Complaint} holds the rules) and the hold they may put on a lot's procedure. Who:
 * <ul>
 * <li>file: a bidder whose bid was opened on the lot, on its own objection; withdraw: that complainant;</li>
 * <li>accept, refuse, suspend, resume, decide: supervisors (行政监督部门) of the lot's region;</li>
 * <li>read: the complainant its own; the project's parties, trading staff and supervisors in reach the lot's.</li>
 * </ul>
 * Anything out of reach is 404. Each step in one transaction with its event and audit line.
 */
public class ComplaintService implements ProcedureHold {

    static final Set<Role> SUPERVISORS = Set.of(Role.SUPERVISOR);
    /** Who reads every complaint of a lot (a bidder reads only its own). */
    static final Set<Role> LOT_READERS = Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF, Role.SUPERVISOR);

    private final ComplaintRepository complaints;
    private final PublicityRepository publicities;
    private final TenderService tenders;
    private final EvaluationService evaluations;
    private final CalendarReplica calendars;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ComplaintService(ComplaintRepository complaints, PublicityRepository publicities, TenderService tenders,
            EvaluationService evaluations, CalendarReplica calendars, Outbox outbox, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        this.complaints = complaints;
        this.publicities = publicities;
        this.tenders = tenders;
        this.evaluations = evaluations;
        this.calendars = calendars;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A bidder's complaint on its own objection to the lot's candidates or result. */
    public Complaint file(LotId lotId, String objectionId, String text, Actor bidder) {
        evaluations.report(lotId, bidder); // 404 unless the caller's bid was opened on this lot
        PublicityObjection objection = publicities.find(lotId.toString()).stream()
                .flatMap(p -> p.objections().stream()).filter(o -> o.id().equals(objectionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("OBJECTION_NOT_FOUND",
                        "No objection {0} to lot {1}''s candidates", objectionId, lotId));
        LotSecurity lot = tenders.security(lotId);
        return transactions.execute(s -> {
            Complaint c = Complaint.file(lotId.toString(), lot.projectId().toString(), lot.region(), lot.track(),
                    bidder.id(), objection, text, calendars.calendar(lot.region()), clock.instant());
            complaints.save(c);
            publish(new ComplaintEvent.ComplaintFiled(c.projectId(), c.lotId(), c.id(), c.complainant(),
                    c.track().name(), c.filedAt(), c.acceptDue()));
            audit.record(AuditKind.STAFF_ACTION, "DONE", bidder, "trading.complaint-filed", "complaint", c.id(), null,
                    null);
            return c;
        });
    }

    public Complaint view(String id, Actor actor) {
        Complaint c = complaints.find(id).orElseThrow(() -> notFound(id));
        if (!reads(c, actor)) {
            throw notFound(id);
        }
        return c;
    }

    /** A lot's complaints: all of them to its readers, a bidder's own to a bidder. */
    public List<Complaint> ofLot(LotId lotId, Actor actor) {
        List<Complaint> all = complaints.ofLot(lotId.toString());
        if (tenders.reaches(lotId, actor, LOT_READERS)) {
            return all;
        }
        evaluations.report(lotId, actor); // 404 unless a bidder of the lot
        return all.stream().filter(c -> c.complainant().equals(actor.id())).toList();
    }

    /** The supervisors' work list in their region: open complaints (filed or accepted) unless other statuses asked. */
    public List<Complaint> workList(Actor actor, List<Complaint.Status> statuses, int page, int size) {
        List<Complaint.Status> asked = statuses.isEmpty() ? List.of(Complaint.Status.FILED, Complaint.Status.ACCEPTED)
                : statuses;
        return complaints.inScope(ScopePolicy.of(actor, SUPERVISORS), asked.stream().map(Enum::name).toList(), page,
                size);
    }

    public Complaint accept(String id, Actor supervisor) {
        return supervise(id, supervisor, "trading.complaint-accepted", c -> {
            Complaint.Review r = c.accept(supervisor.id(), calendars.calendar(c.region()), clock.instant());
            return new ComplaintEvent.ComplaintAccepted(c.projectId(), c.lotId(), c.id(), r.at(), r.late(),
                    c.decisionDue());
        });
    }

    public Complaint refuse(String id, String reason, Actor supervisor) {
        return supervise(id, supervisor, "trading.complaint-not-accepted", c -> {
            Complaint.Review r = c.refuse(reason, supervisor.id(), clock.instant());
            return new ComplaintEvent.ComplaintDecided(c.projectId(), c.lotId(), c.id(), "NOT_ACCEPTED", r.at(),
                    r.late());
        });
    }

    public Complaint suspend(String id, String reason, Actor supervisor) {
        return supervise(id, supervisor, "trading.procedure-suspended", c -> {
            Complaint.Suspension s = c.suspend(reason, supervisor.id(), clock.instant());
            return new ComplaintEvent.ProcedureSuspension(c.projectId(), c.lotId(), c.id(), true, s.from(), s.until());
        });
    }

    public Complaint resume(String id, Actor supervisor) {
        return supervise(id, supervisor, "trading.procedure-resumed", c -> {
            Complaint.Suspension s = c.resume(clock.instant());
            return new ComplaintEvent.ProcedureSuspension(c.projectId(), c.lotId(), c.id(), false, s.endedAt(), null);
        });
    }

    public Complaint decide(String id, Complaint.Outcome outcome, String text, Actor supervisor) {
        return supervise(id, supervisor, "trading.complaint-decided", c -> {
            Complaint.Review r = c.decide(outcome, text, supervisor.id(), clock.instant());
            return new ComplaintEvent.ComplaintDecided(c.projectId(), c.lotId(), c.id(), outcome.name(), r.at(),
                    r.late());
        });
    }

    /** 撤回 by the complainant. */
    public Complaint withdraw(String id, Actor bidder) {
        return transactions.execute(s -> {
            Complaint c = complaints.findForUpdate(id).filter(x -> x.complainant().equals(bidder.id())
                    && bidder.has(Role.BIDDER)).orElseThrow(() -> notFound(id));
            Instant now = clock.instant();
            c.withdraw(now);
            complaints.save(c);
            publish(new ComplaintEvent.ComplaintDecided(c.projectId(), c.lotId(), c.id(), "WITHDRAWN", now, false));
            audit.record(AuditKind.STAFF_ACTION, "DONE", bidder, "trading.complaint-withdrawn", "complaint", id, null,
                    null);
            return c;
        });
    }

    /** {@link ProcedureHold}: the first accepted complaint of the lot whose suspension runs now. */
    @Override
    public Optional<String> on(LotId lotId) {
        Instant now = clock.instant();
        return complaints.acceptedOfLotForShare(lotId.toString()).stream().filter(c -> c.suspends(now)).findFirst()
                .map(c -> "投诉 " + c.id() + "：" + c.suspension().reason());
    }

    /** A supervisor's step on a complaint of its region: load under lock, decide, store, publish, audit. */
    private Complaint supervise(String id, Actor supervisor, String action, Function<Complaint, ComplaintEvent> step) {
        return transactions.execute(s -> {
            Complaint c = complaints.findForUpdate(id)
                    .filter(x -> ScopePolicy.of(supervisor, SUPERVISORS).covers(x.region(), null))
                    .orElseThrow(() -> notFound(id));
            ComplaintEvent e = step.apply(c);
            complaints.save(c);
            publish(e);
            audit.staffAction(supervisor, action, "complaint", id);
            return c;
        });
    }

    private boolean reads(Complaint c, Actor actor) {
        return (actor.has(Role.BIDDER) && c.complainant().equals(actor.id()))
                || tenders.reaches(LotId.of(c.lotId()), actor, LOT_READERS);
    }

    private void publish(ComplaintEvent e) {
        outbox.publish(ComplaintEvent.TOPIC, e.type(), e.projectId(), e);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("COMPLAINT_NOT_FOUND", "No complaint {0}", id);
    }
}
