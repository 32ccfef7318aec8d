package org.example.gov.cases.casefile;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCount;
import org.example.gov.cases.catalog.CatalogItem;
import org.example.gov.cases.catalog.ItemLookup;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orchestrates case transitions: load, check the actor's role for the named operation, call the aggregate, store the
 * case, its history and one event per history entry in one transaction, and tell the {@link CaseChangeListener}s in
 * that same transaction. The catalogue is asked before the transaction opens, so a slow catalogue never holds a
 * database connection and a failed lookup stores nothing; dates are counted in memory on the calendar replica.
 */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final ItemLookup itemLookup;
    private final CalendarReplica calendar;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Looked up per change, so listeners may themselves depend on this service. */
    private final ObjectProvider<CaseChangeListener> listeners;
    private final AuditTrail audit;
    private final CaseNumbers numbers = new CaseNumbers();

    public CaseService(CaseRepository cases, ItemLookup itemLookup, CalendarReplica calendar, Outbox outbox,
            TransactionTemplate transactions, Clock clock, ObjectProvider<CaseChangeListener> listeners, AuditTrail audit) {
        this.cases = cases;
        this.itemLookup = itemLookup;
        this.calendar = calendar;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.listeners = listeners;
        this.audit = audit;
    }

    /**
     * A new application. An applicant applies for themself online; a clerk registers it at the window, for an
     * applicant named in the request (帮办代办 when the clerk acts for an elderly or disabled person: the history
     * says who did it); a partner city forwards it (see the partner capability).
     */
    public CaseView submit(String itemId, Origin origin, Applicant forApplicant, Actor actor, String location) {
        Act act = act(actor, CaseAction.SUBMIT, location);
        Applicant applicant = applicantFor(actor, forApplicant, origin);
        PinnedItem item = pin(itemLookup.publishedItem(itemId));
        checkMayRegister(actor, item);
        Case c = newCase(item, applicant, origin, act);
        transactions.executeWithoutResult(status -> {
            store(c, true);
            if (isStaff(actor)) { // a window registration (帮办代办 included) is a staff action
                audit.staffAction(actor, "case." + CaseAction.SUBMIT.label(), "case", c.id().toString());
            }
        });
        return new CaseView(c, c.newHistory(), null, 0);
    }

    /**
     * Staff register cases at the window for the items of their own region's halls only. The item is public, so
     * this is no secret: the answer says why instead of pretending the item does not exist.
     */
    public void checkMayRegister(Actor actor, PinnedItem item) {
        if (ScopePolicy.actsAsStaff(actor, CaseAction.SUBMIT.roles())
                && !ScopePolicy.of(actor, CaseAction.SUBMIT.roles()).covers(item.region(), item.department())) {
            throw new BusinessRuleViolationException("ITEM_OUTSIDE_YOUR_REGION", "itemId",
                    "Staff register cases for the items of their own region's halls; this item is handled in region "
                            + item.region(), item.region());
        }
    }

    /** A new case with a fresh number and query code, not stored yet (bundles create several, then store them at once). */
    public Case newCase(PinnedItem item, Applicant applicant, Origin origin, Act act) {
        String onBehalfOf = applicant.id().equals(act.actor().id()) ? null : applicant.id();
        return Case.submit(numbers.next(act.at()), numbers.queryCode(), item, applicant, origin, act, onBehalfOf);
    }

    /** Stores a new case with its history and events; call inside a transaction. */
    public void storeNew(Case c) {
        store(c, true);
    }

    public PinnedItem pin(CatalogItem item) {
        return new PinnedItem(item.id(), item.code(), item.name(), item.version(), item.department(), item.region(),
                item.kind(), item.promisedDays(), item.legalDays(), item.extensionAllowed(), item.extensionMaxDays(),
                item.publicResult());
    }

    /**
     * Applies a named transition. {@code expectedVersion} (from If-Match) makes a stale screen fail with 409 instead of
     * overwriting a change the user has not seen.
     */
    public CaseView perform(CaseId id, CaseAction action, Actor actor, Long expectedVersion, String location,
            BiConsumer<Case, Act> transition) {
        Act act = act(actor, action, location);
        Case changed = transactions.execute(status -> {
            Case c = cases.find(id).orElseThrow(() -> notFound(id));
            if (!reaches(actor, c, action.roles())) {
                throw notFound(id); // do not reveal cases out of reach
            }
            if (expectedVersion != null && expectedVersion != c.rowVersion()) {
                throw new OptimisticLockingFailureException("case " + id + " is at version " + c.rowVersion()
                        + ", the request was made on version " + expectedVersion);
            }
            transition.accept(c, act);
            store(c, false);
            if (isStaff(actor)) {
                audit.staffAction(actor, "case." + action.label(), "case", c.id().toString());
            }
            return c;
        });
        return view(changed, changed.rowVersion() + 1);
    }

    public CaseView view(CaseId id, Actor viewer) {
        Case c = cases.find(id).orElseThrow(() -> notFound(id));
        if (!reaches(viewer, c, READERS)) {
            throw notFound(id);
        }
        return view(c, c.rowVersion());
    }

    private CaseView view(Case c, long version) {
        WorkingDayCount remaining = c.remainingWorkingDays(ShanghaiDate.today(clock), calendar.calendars());
        return new CaseView(c, cases.history(c.id()), remaining, version);
    }

    public Act act(Actor actor, CaseAction action, String location) {
        String role = action.roles().stream().filter(actor::has).map(Role::name).sorted().findFirst()
                .orElseThrow(() -> new AccessDeniedException(action.label() + " is for " + action.roles()));
        return new Act(actor, role, location, clock.instant(), calendar.calendars());
    }

    /**
     * Counts a case's provisional dates again on {@code calendars} (the system's act, see
     * {@link Case#recomputeDates}), in one short transaction holding the case's row lock; stores it with its history
     * and events only if something changed. No HTTP call: the calendars are the replica's, in memory.
     *
     * @return whether the case changed
     */
    public boolean recomputeDates(CaseId id, RegionalCalendars calendars) {
        Act act = Act.system(clock.instant(), calendars);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Case c = cases.findForUpdate(id).orElse(null);
            if (c == null || !c.recomputeDates(act)) {
                return false;
            }
            store(c, false);
            return true;
        }));
    }

    private void store(Case c, boolean isNew) {
        if (isNew) {
            cases.insert(c);
        } else {
            cases.update(c);
        }
        for (HistoryEntry entry : c.newHistory()) {
            outbox.publish(CaseEvents.TOPIC, entry.action().eventType(), c.id().toString(), CaseEvents.of(c, entry));
        }
        listeners.orderedStream().forEach(l -> l.changed(c, c.newHistory()));
    }

    /** The applicant of a new case: the actor applying online, or the one a clerk names (帮办代办, window intake). */
    public static Applicant applicantFor(Actor actor, Applicant named, Origin origin) {
        if (actor.has(Role.APPLICANT) && !isStaff(actor)) {
            if (origin.channel() == Origin.Channel.WINDOW || origin.channel() == Origin.Channel.PARTNER) {
                throw new BusinessRuleViolationException("CHANNEL_NOT_FOR_APPLICANT", "channel",
                        "Applicants apply online (WEB, APP, TERMINAL); window and partner intake is done by staff");
            }
            requireContact(named);
            return new Applicant(actor.id(), actor.name(), named.idNumber(), named.phone());
        }
        if (named == null || named.id() == null || named.id().isBlank() || named.name() == null || named.name().isBlank()) {
            throw new BusinessRuleViolationException("APPLICANT_REQUIRED", "applicant",
                    "Staff submitting a case name the applicant they act for (id and name)");
        }
        requireContact(named);
        return named;
    }

    /** 实名办理: no new application without the applicant's identity card number and a phone for notices. */
    private static void requireContact(Applicant named) {
        if (named == null || named.idNumber() == null || named.phone() == null) {
            throw new BusinessRuleViolationException("APPLICANT_IDENTITY_REQUIRED", "applicant",
                    "A new application carries the applicant's identity card number and phone");
        }
    }

    /** Who may read a case: staff within their scope, the applicant their own. */
    public static final Set<Role> READERS = Set.of(Role.CLERK, Role.APPROVER, Role.SUPERVISOR, Role.APPLICANT);

    /**
     * The object and scope layers of authorization (ENGINEERING.md §9) for a case and the roles that count for the
     * request: an applicant reaches their own case; staff the cases of their scope ({@link ScopePolicy}: a clerk their
     * region's, an approver their department's in their region, a supervisor their region and below), by the region
     * and department of the item the case was filed under. Partners reach their forwarded cases through the partner
     * API only. Anything else answers 404.
     */
    public static boolean reaches(Actor actor, Case c, Set<Role> counting) {
        if (counting.contains(Role.APPLICANT) && actor.has(Role.APPLICANT) && c.isApplicant(actor)) {
            return true;
        }
        return ScopePolicy.of(actor, counting).covers(c.item().region(), c.item().department());
    }

    /** Holds a role that reads cases as staff (within a scope) rather than as their owner. */
    public static boolean isStaff(Actor actor) {
        return ScopePolicy.actsAsStaff(actor, READERS);
    }

    public static NotFoundException notFound(Object id) {
        return new NotFoundException("CASE_NOT_FOUND", "No case " + id, id);
    }

    /**
     * A case with its full history, the working days left on its clock (null when no clock runs; provisional when
     * counted through a year not loaded) and the stored version (the ETag a client sends back in If-Match).
     */
    public record CaseView(Case caseFile, List<HistoryEntry> history, WorkingDayCount remainingWorkingDays,
            long version) {
    }
}
