package org.example.gov.hotline.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.hotline.casereference.CaseFacts;
import org.example.gov.hotline.casereference.CaseLookup;
import org.example.gov.hotline.category.CategoryService;
import org.example.gov.hotline.dispatch.DepartmentRef;
import org.example.gov.hotline.knowledge.ArticleId;
import org.example.gov.hotline.knowledge.KnowledgeService;
import org.example.gov.hotline.dispatch.Responsibility;
import org.example.gov.hotline.dispatch.ResponsibilityService;
import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.DependencyUnavailableException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.platform.transaction.DeadlockRetry;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orchestrates ticket transitions: load, check the actor's role and scope for the named operation, call the
 * aggregate, store the ticket, its history and one event per history entry in one transaction, and audit staff steps.
 * Dates are counted in memory on the calendar replica.
 */
@Service
public class TicketService {

    /** Who may read a ticket: the centre and supervisors in their region, departments their part, the caller their own. */
    public static final Set<Role> READERS = Set.of(Role.HOTLINE_AGENT, Role.SUPERVISOR, Role.HOTLINE_HANDLER,
            Role.APPLICANT);

    private final TicketRepository tickets;
    private final CategoryService categories;
    private final ResponsibilityService responsibilities;
    private final CalendarReplica calendar;
    private final HandlingPolicy policy;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final CallerCipher callers;
    private final KnowledgeService knowledge;
    private final DuplicatePolicy duplicates;
    private final List<IntakeObserver> intakeObservers;
    private final CaseLookup cases;
    private final DuplicateLinks duplicateLinks;
    private final TicketNumbers numbers = new TicketNumbers();

    public TicketService(TicketRepository tickets, CategoryService categories, ResponsibilityService responsibilities,
            CalendarReplica calendar, HandlingPolicy policy, Outbox outbox, TransactionTemplate transactions, Clock clock,
            AuditTrail audit, CallerCipher callers, KnowledgeService knowledge, DuplicatePolicy duplicates,
            List<IntakeObserver> intakeObservers, CaseLookup cases, DuplicateLinks duplicateLinks) {
        this.tickets = tickets;
        this.categories = categories;
        this.responsibilities = responsibilities;
        this.calendar = calendar;
        this.policy = policy;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.callers = callers;
        this.knowledge = knowledge;
        this.duplicates = duplicates;
        this.intakeObservers = List.copyOf(intakeObservers);
        this.cases = cases;
        this.duplicateLinks = duplicateLinks;
    }

    /**
     * Intake. An agent records any channel for a place in the centre's region; a caller files online (web, app,
     * WeChat) for themself. The category must be an active leaf of the tree.
     */
    public Intake create(NewTicket request, Actor actor) {
        Act act = act(actor, TicketAction.CREATE);
        boolean online = actor.has(Role.APPLICANT) && !actor.has(Role.HOTLINE_AGENT);
        if (online && !request.channel().selfService()) {
            throw new InvalidTicketException("CHANNEL_NOT_FOR_CALLER", "channel",
                    "Callers file tickets online (WEB, APP, WECHAT); other channels are recorded by the centre");
        }
        if (categories.leaf(request.categoryCode()).isEmpty()) {
            throw new InvalidTicketException("CATEGORY_UNKNOWN", "categoryCode",
                    "Category " + request.categoryCode() + " is not an active level-3 category", request.categoryCode());
        }
        String region = request.location().region();
        if (RegionCode.parse(region).isEmpty()) {
            throw new InvalidTicketException("REGION_INVALID", "location.region", "Not a GB/T 2260 region code: " + region,
                    region);
        }
        if (!online && !ScopePolicy.of(actor, Set.of(Role.HOTLINE_AGENT)).covers(region, null)) {
            throw new BusinessRuleViolationException("REGION_OUTSIDE_YOUR_CENTRE", "location.region",
                    "A centre records tickets of its own region and the regions below it; " + region + " is not one",
                    region);
        }
        String onlineCaller = online ? actor.id() : null;
        // before the transaction: no remote call holds a connection or a lock (ENGINEERING.md §5)
        CaseReference caseReference = request.caseNumber() == null ? null : caseReference(request.caseNumber(), act);
        // the repeat-call check below locks where this caller's ticket would be; two new callers whose blind indexes
        // fall in the same gap of that index deadlock when both insert, and the database rolls one back: run it again
        return DeadlockRetry.execute(transactions, status -> {
            // 重复件: the same caller's open matter of this category (one the recording actor reaches) takes the call
            Ticket master = tickets.openMatterForUpdate(callers.indexOf(request.caller().phone()),
                    request.categoryCode(), onlineCaller).filter(m -> reaches(actor, m, READERS)).orElse(null);
            if (master != null) {
                master.mergeRepeatCall(request.channel(), request.description(), act);
                tickets.update(master);
                publish(master);
                if (!online) {
                    audit.staffAction(actor, "hotline." + TicketAction.MERGE.label(), "ticket", master.id().toString());
                }
                return new Intake(new TicketView(master, tickets.history(master.id()), master.rowVersion() + 1), true);
            }
            if (!request.newFacts()) {
                refuseRepeatedMatter(request, onlineCaller, act.at());
            }
            Ticket t = Ticket.receive(numbers.next(act.at()), request.channel(), request.type(),
                    request.categoryCode(), request.location(), request.urgency(), request.description(),
                    request.attachments(), request.caller(), request.confidential(), onlineCaller, caseReference, act);
            tickets.insert(t);
            publish(t);
            intakeObservers.forEach(o -> o.received(t)); // e.g. 重复件 (c): a nearby duplicate suggested, in this transaction
            if (!online) {
                audit.staffAction(actor, "hotline." + TicketAction.CREATE.label(), "ticket", t.id().toString());
            }
            return new Intake(new TicketView(t, t.newHistory(), 0), false);
        });
    }

    /**
     * The case a new ticket names, checked with case-service as the person recording it: 422 CASE_NOT_FOUND when
     * case-service says there is no such case for them; unverified when it cannot answer (the intake goes on — an agent
     * has a caller on the line; the reference is checked again before dispatch or when an agent asks).
     */
    private CaseReference caseReference(String caseNumber, Act act) {
        return cases.find(caseNumber).map(f -> verified(f, act.at())).orElseGet(() -> CaseReference.unverified(caseNumber));
    }

    private static CaseReference verified(CaseFacts f, Instant at) {
        return new CaseReference(f.caseNumber(), true, f.caseId(), f.itemCode(), f.itemName(), f.department(),
                f.region(), f.viewerIsApplicant(), at);
    }

    /**
     * Checks an unverified case reference again, as this agent (422 when case-service says there is no such case for
     * them, 503 when it still cannot answer).
     */
    public TicketView verifyCaseReference(TicketId id, Actor actor, Long expectedVersion) {
        String caseNumber = tickets.find(id).filter(t -> reaches(actor, t, TicketAction.VERIFY_CASE_REFERENCE.roles()))
                .map(Ticket::caseReference).map(CaseReference::caseNumber).orElse(null);
        if (caseNumber == null) {
            return perform(id, TicketAction.VERIFY_CASE_REFERENCE, actor, expectedVersion,
                    (t, act) -> t.verifyCaseReference(null, act)); // 404 out of reach, 409 naming no case
        }
        CaseFacts facts = cases.find(caseNumber).orElseThrow(() -> new DependencyUnavailableException("case-service",
                new IllegalStateException("case-service did not answer")));
        return perform(id, TicketAction.VERIFY_CASE_REFERENCE, actor, expectedVersion,
                (t, act) -> t.verifyCaseReference(verified(facts, act.at()), act));
    }

    /** What intake did: a new ticket, or the call merged into the caller's open ticket of the same matter. */
    public record Intake(TicketView view, boolean merged) {
    }

    /**
     * 重复件 after closure: the same caller (phone blind index; online, also the same user, so nobody learns another
     * caller's answer by typing their number) about the same category, closed within the window, and nothing new →
     * not accepted; the previous number and answer are returned for the agent to read out again.
     */
    private void refuseRepeatedMatter(NewTicket request, String onlineCaller, Instant now) {
        tickets.lastClosedMatter(callers.indexOf(request.caller().phone()), request.categoryCode(), onlineCaller,
                now.minus(duplicates.closedWindow())).ifPresent(previous -> {
                    throw new RepeatedMatterException(previous.number(), previous.previousAnswer());
                });
    }

    /**
     * Applies a named transition. {@code expectedVersion} (from If-Match) turns a stale screen into a 409 instead of
     * overwriting a change the user has not seen.
     */
    public TicketView perform(TicketId id, TicketAction action, Actor actor, Long expectedVersion,
            BiConsumer<Ticket, Act> transition) {
        Act act = act(actor, action);
        Ticket changed = transactions.execute(status -> {
            Ticket t = tickets.find(id).orElseThrow(() -> notFound(id));
            checkMayAct(actor, t, action);
            if (expectedVersion != null && expectedVersion != t.rowVersion()) {
                throw new OptimisticLockingFailureException("ticket " + id + " is at version " + t.rowVersion()
                        + ", the request was made on version " + expectedVersion);
            }
            transition.accept(t, act);
            tickets.update(t);
            publish(t);
            audit.staffAction(actor, "hotline." + action.label(), "ticket", t.id().toString());
            return t;
        });
        return new TicketView(changed, tickets.history(id), changed.rowVersion() + 1);
    }

    /**
     * 派单: the lead named by the dispatcher, or the responsibility list's proposal when none is named (with its
     * assisting departments unless others are named). Departments must be of the centre's region or below.
     */
    public TicketView dispatch(TicketId id, Actor actor, Long expectedVersion, DepartmentRef lead,
            List<DepartmentRef> assisting, String reason) {
        CaseFacts lateFacts = factsOfUnverifiedCase(id, actor);
        return perform(id, TicketAction.DISPATCH, actor, expectedVersion, (t, act) -> {
            // a confirmed 重复件 is the same matter as its master: the master's department handles both
            duplicateLinks.confirmedMasterOf(t.id()).ifPresent(master -> {
                throw new ConflictException("CONFIRMED_DUPLICATE", "Ticket " + t.number() + " was confirmed a "
                        + "duplicate of " + master + "; the master's department handles both, it is not dispatched on "
                        + "its own", master);
            });
            if (lateFacts != null && t.caseReferenceUnverified()) {
                t.verifyCaseReference(verified(lateFacts, act.at()), act);
            }
            Responsibility proposal = proposalFor(t);
            DepartmentRef chosen = lead != null ? lead : proposal == null ? null : proposal.lead();
            if (chosen == null) {
                throw new BusinessRuleViolationException("NO_RESPONSIBLE_DEPARTMENT", "leadDepartment",
                        "The responsibility list has no department for category " + t.categoryCode() + " in "
                                + t.location().region() + "; name the lead department", t.categoryCode());
            }
            List<DepartmentRef> helpers = assisting != null ? assisting
                    : lead == null && proposal != null ? proposal.assisting() : List.of();
            checkDepartmentsInReach(actor, chosen, helpers);
            boolean toCasesDepartment = lead == null && proposal != null && t.type() == TicketType.COMPLAINT
                    && t.caseReference() != null && t.caseReference().verified();
            t.dispatch(chosen, helpers, proposal, toCasesDepartment && reason == null
                    ? "the department of case " + t.caseReference().caseNumber() : reason, act);
        });
    }

    /**
     * 直接答复 of a consult from a knowledge article: the ticket's step is checked first (a non-consult answers 409 with
     * its steps), then the article (422 when retired, a draft, not valid today or not serving the ticket's region),
     * whose use is counted in the same transaction as the closing.
     */
    public TicketView answerDirectly(TicketId id, Actor actor, Long expectedVersion, ArticleId articleId, String note) {
        return perform(id, TicketAction.DIRECT_ANSWER, actor, expectedVersion, (t, act) -> {
            t.checkAllowed(TicketAction.DIRECT_ANSWER);
            KnowledgeService.Citation cited = knowledge.use(articleId, t.location().region(), act.at());
            t.answerDirectly(new DirectAnswer(cited.articleId(), cited.version(), cited.title(), note, actor.id(),
                    act.at()), act);
        });
    }

    /** 联席/审定: the centre names the department after repeated returns. */
    public TicketView decideCoordination(TicketId id, Actor actor, Long expectedVersion, DepartmentRef lead,
            List<DepartmentRef> assisting, String reason) {
        return perform(id, TicketAction.COORDINATE, actor, expectedVersion, (t, act) -> {
            if (lead != null) {
                checkDepartmentsInReach(actor, lead, assisting == null ? List.of() : assisting);
            }
            t.decideCoordination(lead, assisting, reason, act);
        });
    }

    /** The department proposed for a ticket (the dispatch screen shows it). */
    public Optional<Responsibility> proposal(TicketId id, Actor actor) {
        Ticket t = tickets.find(id).orElseThrow(() -> notFound(id));
        checkMayAct(actor, t, TicketAction.DISPATCH);
        return Optional.ofNullable(proposalFor(t));
    }

    /**
     * A complaint about a verified case reaches the case's department (DOMAIN.md §6); every other ticket gets the
     * responsibility list's line for its category and region (null when there is none).
     */
    private Responsibility proposalFor(Ticket t) {
        CaseReference c = t.caseReference();
        if (t.type() == TicketType.COMPLAINT && c != null && c.verified()) {
            return new Responsibility(t.categoryCode(), c.region(), new DepartmentRef(c.region(), c.department()),
                    List.of());
        }
        return responsibilities.propose(t.categoryCode(), t.location().region()).orElse(null);
    }

    /**
     * Before a dispatch (outside its transaction): a ticket whose case reference is still unverified is checked again,
     * so that a complaint about a case still reaches the case's department; if case-service still cannot answer or
     * says no, the dispatch goes on by the responsibility list (the agent may check the reference on request).
     */
    private CaseFacts factsOfUnverifiedCase(TicketId id, Actor actor) {
        Ticket t = tickets.find(id).orElse(null);
        if (t == null || !t.caseReferenceUnverified() || !reaches(actor, t, TicketAction.DISPATCH.roles())) {
            return null;
        }
        try {
            return cases.find(t.caseReference().caseNumber()).orElse(null);
        } catch (BusinessRuleViolationException notFound) {
            return null;
        }
    }

    public TicketView view(TicketId id, Actor viewer) {
        Ticket t = tickets.find(id).orElseThrow(() -> notFound(id));
        if (!reaches(viewer, t, READERS)) {
            throw notFound(id);
        }
        return new TicketView(t, tickets.history(id), t.rowVersion());
    }

    /**
     * The caller in full, for the call-back or the department's contact: an audited read of personal data. A
     * confidential caller is never shown to a department.
     */
    public Caller callerInFull(TicketId id, Actor viewer) {
        Ticket t = tickets.find(id).orElseThrow(() -> notFound(id));
        Set<Role> counting = Set.of(Role.HOTLINE_AGENT, Role.HOTLINE_HANDLER);
        if (!reaches(viewer, t, counting)) {
            throw notFound(id);
        }
        if (!t.showsCallerTo(viewer)) {
            throw new ForbiddenException("CALLER_CONFIDENTIAL", null,
                    "The caller asked to stay confidential: departments do not see who called");
        }
        transactions.executeWithoutResult(status -> audit.record(AuditKind.PERSONAL_DATA_READ, "SHOWN", viewer,
                "hotline.caller", "ticket", t.id().toString(), callers.indexOf(t.caller().phone()), null));
        return t.caller();
    }

    /** 催办 of one ticket if it is still unsigned past its window (the supervision job); true if it changed. */
    public boolean remindToSignIfLate(TicketId id) {
        return systemStep(id, (t, act) -> t.remindToSignIfLate(act));
    }

    /** Flags one ticket overdue if its clock ran out (the supervision job); true if it changed. */
    public boolean markOverdueIfLate(TicketId id) {
        return systemStep(id, (t, act) -> t.markOverdueIfLate(act));
    }

    /** Raises one ticket's approaching-deadline warning if it is due soon (the supervision job); true if it changed. */
    public boolean warnIfApproaching(TicketId id) {
        return systemStep(id, (t, act) -> t.warnIfApproaching(act));
    }

    /**
     * Candidates of the approaching warning: due within a horizon wide enough for any warning window (working days
     * stretch over holidays: three calendar days per working day plus two weeks, as case-service bounds it).
     */
    public List<TicketId> approachingUnwarned(int limit) {
        Instant now = clock.instant();
        Instant horizon = now.plus(java.time.Duration.ofDays(policy.approachingWorkingDays() * 3L + 14));
        return tickets.approachingUnwarned(now, horizon, limit);
    }

    /**
     * Counts one ticket's provisional due date again on {@code calendars} (after a calendar change), in a short
     * transaction holding its row lock; true if it changed.
     */
    public boolean recountDeadline(TicketId id, RegionalCalendars calendars) {
        Act act = Act.system(clock.instant(), calendars, policy);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Ticket t = tickets.findForUpdate(id).orElse(null);
            if (t == null || !t.recountDeadline(act)) {
                return false;
            }
            tickets.update(t);
            publish(t);
            return true;
        }));
    }

    public List<TicketId> withProvisionalDueDate(TicketId after, int limit) {
        return tickets.withProvisionalDueDate(after, limit);
    }

    public List<TicketId> unsignedPastWindow(int limit) {
        return tickets.unsignedPastWindow(clock.instant(), limit);
    }

    public List<TicketId> overdueUnflagged(int limit) {
        return tickets.overdueUnflagged(clock.instant(), limit);
    }

    private boolean systemStep(TicketId id, BiPredicate<Ticket, Act> step) {
        Act act = Act.system(clock.instant(), calendar.calendars(), policy);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Ticket t = tickets.findForUpdate(id).orElse(null);
            if (t == null || !step.test(t, act)) {
                return false;
            }
            tickets.update(t);
            publish(t);
            return true;
        }));
    }

    private void publish(Ticket t) {
        for (HistoryEntry entry : t.newHistory()) {
            outbox.publish(TicketEvents.TOPIC, entry.action().eventType(), t.id().toString(),
                    TicketEvents.TicketChanged.of(t, entry));
            TicketEvents.ratingOf(t, entry).ifPresent(rating -> outbox.publish(TicketEvents.TOPIC, rating.type(),
                    rating.key(), rating.data()));
        }
    }

    private Act act(Actor actor, TicketAction action) {
        String role = action.roles().stream().filter(actor::has).map(Role::name).sorted().findFirst()
                .orElseThrow(() -> new AccessDeniedException(action.label() + " is for " + action.roles()));
        return new Act(actor, role, clock.instant(), calendar.calendars(), policy);
    }

    /**
     * Scope and object layers for a step: the centre acts on the tickets of its region and below; a department's
     * steps (sign, return, reply) are the lead department's — an assisting department sees the ticket but gets 403,
     * anyone else 404.
     */
    private void checkMayAct(Actor actor, Ticket t, TicketAction action) {
        boolean departmentStep = action.roles().contains(Role.HOTLINE_HANDLER);
        if (departmentStep ? isLead(actor, t) : reaches(actor, t, action.roles())) {
            return;
        }
        if (departmentStep && reaches(actor, t, Set.of(Role.HOTLINE_HANDLER))) {
            throw new ForbiddenException("NOT_THE_LEAD_DEPARTMENT", null,
                    "Only the lead department (主办) signs, returns and replies; assisting departments see the ticket");
        }
        throw notFound(t.id()); // do not reveal tickets out of reach
    }

    private static boolean isLead(Actor actor, Ticket t) {
        return t.assignment() != null && ScopePolicy.of(actor, Set.of(Role.HOTLINE_HANDLER))
                .covers(t.assignment().lead().region(), t.assignment().lead().name());
    }

    private static void checkDepartmentsInReach(Actor actor, DepartmentRef lead, List<DepartmentRef> assisting) {
        Scope centre = ScopePolicy.of(actor, Set.of(Role.HOTLINE_AGENT));
        for (DepartmentRef d : concat(lead, assisting)) {
            if (!centre.covers(d.region(), d.name())) {
                throw new BusinessRuleViolationException("DEPARTMENT_OUTSIDE_YOUR_REGION", "leadDepartment",
                        "A centre dispatches to the departments of its region and the regions below it; " + d
                                + " is not one", d.toString());
            }
        }
    }

    private static List<DepartmentRef> concat(DepartmentRef lead, List<DepartmentRef> assisting) {
        List<DepartmentRef> all = new ArrayList<>(assisting);
        all.addFirst(lead);
        return all;
    }

    /**
     * The object and scope layers of authorization (ENGINEERING.md §9): the caller reaches the ticket they filed
     * online; the centre and supervisors the tickets located in their region and below; a department the tickets it
     * leads or assists. The same rule as {@link TicketQueryRepository}'s SQL. Anything else answers 404.
     */
    public static boolean reaches(Actor actor, Ticket t, Set<Role> counting) {
        if (counting.contains(Role.APPLICANT) && actor.has(Role.APPLICANT) && t.isCaller(actor.id())) {
            return true;
        }
        Scope scope = ScopePolicy.of(actor, counting);
        if (scope.covers(t.location().region(), null)) {
            return true;
        }
        Assignment a = t.assignment();
        return a != null && (scope.covers(a.lead().region(), a.lead().name())
                || a.assisting().stream().anyMatch(d -> scope.covers(d.region(), d.name())));
    }

    public static NotFoundException notFound(Object id) {
        return new NotFoundException("TICKET_NOT_FOUND", "No ticket " + id, id);
    }

    /** A ticket with its full history and the stored version (the ETag a client sends back in If-Match). */
    public record TicketView(Ticket ticket, List<HistoryEntry> history, long version) {
    }
}
