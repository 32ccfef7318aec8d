package org.example.gov.hotline.duplicate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.example.gov.hotline.ticket.DuplicateLinks;
import org.example.gov.hotline.ticket.IntakeObserver;
import org.example.gov.hotline.ticket.Location;
import org.example.gov.hotline.ticket.Page;
import org.example.gov.hotline.ticket.Ticket;
import org.example.gov.hotline.ticket.TicketEvents;
import org.example.gov.hotline.ticket.TicketId;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 重复件 (c): at intake, looks for other callers' tickets of the same category nearby within the window and, if any,
 * records a suggestion for the centre (in the intake transaction; the ticket proceeds normally). The centre's agents
 * confirm (naming the master) or dismiss it; each step is stored with its history and its event in one transaction.
 */
@Service
public class DuplicateSuggestionService implements IntakeObserver, DuplicateLinks {

    /** Who may read suggestions: the centre and supervisors, for the tickets located in their region and below. */
    static final Set<Role> READERS = Set.of(Role.HOTLINE_AGENT, Role.SUPERVISOR);

    private final DuplicateSuggestionRepository suggestions;
    private final NearbyPolicy policy;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public DuplicateSuggestionService(DuplicateSuggestionRepository suggestions, NearbyPolicy policy, Outbox outbox,
            TransactionTemplate transactions, Clock clock, AuditTrail audit) {
        this.suggestions = suggestions;
        this.policy = policy;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /** Runs inside the intake transaction (see {@link IntakeObserver}). */
    @Override
    public void received(Ticket ticket) {
        List<Candidate> found = candidates(ticket);
        if (found.isEmpty()) {
            return;
        }
        DuplicateSuggestion s = DuplicateSuggestion.suggest(ticket.id().toString(), ticket.number(),
                ticket.location().region(), ticket.categoryCode(), found, ticket.receivedAt());
        suggestions.insert(s);
        publish(s);
    }

    /**
     * The bounding box selects in the index, the haversine distance decides; a ticket at the same normalised address
     * counts whatever its coordinates. Nearest first (same-address ones without a distance last), at most the policy's
     * number.
     */
    List<Candidate> candidates(Ticket ticket) {
        Location at = ticket.location();
        boolean located = at.latitude() != null && at.longitude() != null;
        GeoDistance.Box box = located ? GeoDistance.around(at.latitude().doubleValue(), at.longitude().doubleValue(),
                policy.distanceMetres()) : null;
        Instant since = ticket.receivedAt().minus(policy.window());
        List<Candidate> within = new ArrayList<>();
        for (DuplicateSuggestionRepository.Found f : suggestions.nearby(ticket.id().toString(), box, since)) {
            Integer metres = located && f.latitude() != null && f.longitude() != null
                    ? (int) Math.round(GeoDistance.metres(at.latitude().doubleValue(), at.longitude().doubleValue(),
                            f.latitude().doubleValue(), f.longitude().doubleValue()))
                    : null;
            if (f.sameAddress() || metres != null && metres <= policy.distanceMetres()) {
                within.add(new Candidate(f.ticketId(), f.ticketNumber(), f.region(), f.receivedAt(), metres,
                        f.sameAddress()));
            }
        }
        within.sort(Comparator.comparing(Candidate::distanceMetres, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Candidate::receivedAt, Comparator.reverseOrder()));
        return within.stream().limit(policy.maxCandidates()).toList();
    }

    public Page<View> list(Actor actor, SuggestionStatus status, int page, int size) {
        Page<DuplicateSuggestion> found = suggestions.list(ScopePolicy.of(actor, READERS), status, page, size);
        return new Page<>(found.content().stream().map(s -> new View(s, List.of(), s.rowVersion())).toList(), found.page(), found.size(),
                found.totalElements());
    }

    public View view(String id, Actor actor) {
        DuplicateSuggestion s = suggestions.find(id).filter(x -> ScopePolicy.of(actor, READERS).covers(x.region(), null))
                .orElseThrow(() -> notFound(id));
        return new View(s, suggestions.history(id), s.rowVersion());
    }

    /** Confirms the suggestion: the ticket is the same matter as {@code duplicateOf}, one of the candidates. */
    public View confirm(String id, String duplicateOf, String note, Actor actor) {
        return perform(id, SuggestionAction.CONFIRM, actor, (s, role, at) -> {
            // the master must be within the agent's reach as well: a candidate across the border of another centre's
            // region is that centre's ticket
            Candidate master = s.candidates().stream().filter(c -> c.ticketId().equals(duplicateOf)).findFirst()
                    .orElse(null);
            if (master != null && !scope(actor).covers(master.region(), null)) {
                throw notFound(duplicateOf);
            }
            s.confirm(duplicateOf, note, actor, role, at);
        });
    }

    @Override
    public Optional<String> confirmedMasterOf(TicketId ticket) {
        return suggestions.confirmedMasterOf(ticket.toString());
    }

    public View dismiss(String id, String note, Actor actor) {
        return perform(id, SuggestionAction.DISMISS, actor,
                (s, role, at) -> s.dismiss(note, actor, role, at));
    }

    /**
     * Loads the suggestion with its row locked (two agents deciding at once: the second gets 409 from the state),
     * checks role and scope (out of reach: 404), applies the step, stores it with its history and event, audits it.
     */
    private View perform(String id, SuggestionAction action, Actor actor, Step step) {
        String role = action.roles().stream().filter(actor::has).map(Role::name).sorted().findFirst()
                .orElseThrow(() -> new AccessDeniedException(action.label() + " is for " + action.roles()));
        Instant now = clock.instant();
        DuplicateSuggestion changed = transactions.execute(status -> {
            DuplicateSuggestion s = suggestions.findForUpdate(id).filter(x -> scope(actor).covers(x.region(), null))
                    .orElseThrow(() -> notFound(id));
            step.apply(s, role, now);
            suggestions.update(s);
            publish(s);
            audit.staffAction(actor, "hotline.duplicate-" + action.label(), "duplicate-suggestion", id);
            return s;
        });
        return new View(changed, suggestions.history(id), changed.rowVersion() + 1);
    }

    private interface Step {
        void apply(DuplicateSuggestion s, String role, Instant at);
    }

    private static Scope scope(Actor actor) {
        return ScopePolicy.of(actor, Set.of(Role.HOTLINE_AGENT));
    }

    private void publish(DuplicateSuggestion s) {
        for (SuggestionHistoryEntry e : s.newHistory()) {
            outbox.publish(TicketEvents.TOPIC, e.action().eventType(), s.ticketId(), SuggestionEvent.of(s, e));
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("DUPLICATE_SUGGESTION_NOT_FOUND", "No duplicate suggestion " + id, id);
    }

    /** A suggestion with its history (empty in lists) and its stored version (the ETag). */
    public record View(DuplicateSuggestion suggestion, List<SuggestionHistoryEntry> history, long version) {
    }

    /**
     * The event of each step (gov.hotline.duplicate-suggested/-confirmed/-dismissed.v1), keyed by the new ticket's id
     * so it stays in order with that ticket's own events. No personal data.
     */
    public record SuggestionEvent(String suggestionId, String ticketId, String ticketNumber, String categoryCode,
            String region, String action, String fromStatus, String status, List<Candidate> candidates,
            String duplicateOf, String actorId, String actorRole, String note, Instant occurredAt) {

        static SuggestionEvent of(DuplicateSuggestion s, SuggestionHistoryEntry e) {
            return new SuggestionEvent(s.id(), s.ticketId(), s.ticketNumber(), s.categoryCode(), s.region(),
                    e.action().label(), e.from() == null ? null : e.from().name(), e.to().name(), s.candidates(),
                    s.duplicateOf(), e.actorId(), e.actorRole(), e.note(), e.at());
        }
    }
}
