package org.example.gov.hotline.duplicate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.security.Actor;

/**
 * 重复件 (c): the centre is told that a new ticket may be the same matter as other callers' tickets of the same
 * category nearby. Only a suggestion: the ticket proceeds normally until an operator confirms or dismisses it.
 *
 * <p>Confirmed, the ticket is linked to its master ({@link #duplicateOf()}): it is the same matter, so it is not
 * dispatched on its own — the master's department handles both and the master's reply answers this caller too, and
 * the statistics can count one matter. Dispatch refuses a confirmed duplicate (409 CONFIRMED_DUPLICATE, through
 * {@link org.example.gov.hotline.ticket.DuplicateLinks}).
 */
public final class DuplicateSuggestion {

    private final String id;
    private final String ticketId;
    private final String ticketNumber;
    private final String region;
    private final String categoryCode;
    private final List<Candidate> candidates;
    private final Instant createdAt;
    private SuggestionStatus status;
    private String duplicateOf;
    private Instant decidedAt;
    private final long rowVersion;
    private final List<SuggestionHistoryEntry> newHistory = new ArrayList<>();

    private DuplicateSuggestion(String id, String ticketId, String ticketNumber, String region, String categoryCode,
            List<Candidate> candidates, Instant createdAt, SuggestionStatus status, String duplicateOf,
            Instant decidedAt, long rowVersion) {
        this.id = id;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.region = region;
        this.categoryCode = categoryCode;
        this.candidates = List.copyOf(candidates);
        this.createdAt = createdAt;
        this.status = status;
        this.duplicateOf = duplicateOf;
        this.decidedAt = decidedAt;
        this.rowVersion = rowVersion;
    }

    /** Found at intake by the system; {@code candidates} is never empty. */
    public static DuplicateSuggestion suggest(String ticketId, String ticketNumber, String region, String categoryCode,
            List<Candidate> candidates, Instant at) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a suggestion names at least one candidate");
        }
        DuplicateSuggestion s = new DuplicateSuggestion(UUID.randomUUID().toString(), ticketId, ticketNumber, region,
                categoryCode, candidates, at, SuggestionStatus.SUGGESTED, null, null, 0);
        s.newHistory.add(new SuggestionHistoryEntry(SuggestionAction.SUGGEST, "system", "SYSTEM", null,
                SuggestionStatus.SUGGESTED, at, candidates.size() + " nearby ticket(s): " + String.join(", ",
                        candidates.stream().map(Candidate::ticketNumber).toList())));
        return s;
    }

    public static DuplicateSuggestion restore(String id, String ticketId, String ticketNumber, String region,
            String categoryCode, List<Candidate> candidates, Instant createdAt, SuggestionStatus status,
            String duplicateOf, Instant decidedAt, long rowVersion) {
        return new DuplicateSuggestion(id, ticketId, ticketNumber, region, categoryCode, candidates, createdAt, status,
                duplicateOf, decidedAt, rowVersion);
    }

    /**
     * The operator confirms: the ticket is the same matter as {@code master}, which must be one of the candidates (a
     * missing one is refused by the web layer with 400 before this).
     */
    public void confirm(String master, String note, Actor actor, String role, Instant at) {
        require(SuggestionAction.CONFIRM);
        if (candidates.stream().noneMatch(c -> c.ticketId().equals(master))) {
            throw new BusinessRuleViolationException("DUPLICATE_OF_NOT_A_CANDIDATE", "duplicateOf",
                    "duplicateOf must be one of the suggested tickets: " + candidates.stream().map(Candidate::ticketId)
                            .toList(), master);
        }
        duplicateOf = master;
        decide(SuggestionAction.CONFIRM, SuggestionStatus.CONFIRMED, actor, role, at,
                "duplicate of " + candidate(master).ticketNumber() + (note == null ? "" : ": " + note));
    }

    /** The operator finds it a different matter. */
    public void dismiss(String note, Actor actor, String role, Instant at) {
        require(SuggestionAction.DISMISS);
        decide(SuggestionAction.DISMISS, SuggestionStatus.DISMISSED, actor, role, at, note);
    }

    public Set<SuggestionAction> allowedActions() {
        return status == SuggestionStatus.SUGGESTED ? EnumSet.of(SuggestionAction.CONFIRM, SuggestionAction.DISMISS)
                : EnumSet.noneOf(SuggestionAction.class);
    }

    private void decide(SuggestionAction action, SuggestionStatus to, Actor actor, String role, Instant at, String note) {
        SuggestionStatus from = status;
        status = to;
        decidedAt = at;
        newHistory.add(new SuggestionHistoryEntry(action, actor.id(), role, from, to, at, note));
    }

    private void require(SuggestionAction action) {
        if (!allowedActions().contains(action)) {
            throw new IllegalTransitionException(status.name(), action.label(),
                    allowedActions().stream().map(SuggestionAction::label).toList());
        }
    }

    public Candidate candidate(String ticket) {
        return candidates.stream().filter(c -> c.ticketId().equals(ticket)).findFirst().orElseThrow();
    }

    public String id() { return id; }
    public String ticketId() { return ticketId; }
    public String ticketNumber() { return ticketNumber; }
    public String region() { return region; }
    public String categoryCode() { return categoryCode; }
    public List<Candidate> candidates() { return candidates; }
    public Instant createdAt() { return createdAt; }
    public SuggestionStatus status() { return status; }
    public String duplicateOf() { return duplicateOf; }
    public Instant decidedAt() { return decidedAt; }
    public long rowVersion() { return rowVersion; }
    public List<SuggestionHistoryEntry> newHistory() { return Collections.unmodifiableList(newHistory); }
}
