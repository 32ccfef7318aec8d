package org.example.gov.cases.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.security.Actor;

/**
 * A case (办件): one application for one implementation item, pinned to the item version it was filed
 * under. Transitions check the state, change it and record history; the application service stores the
 * case and its events in one transaction.
 */
public final class Case {

    private final CaseId id;
    private final String caseNumber;
    private final String queryCode;
    private final PinnedItem item;
    private final String applicantId;
    private final String applicantName;
    private final String channel;
    private CaseStatus status;
    private final Instant submittedAt;
    private Instant acceptedAt;
    private Instant closedAt;
    private final long rowVersion;
    private final List<HistoryEntry> newHistory = new ArrayList<>();

    private Case(CaseId id, String caseNumber, String queryCode, PinnedItem item, String applicantId, String applicantName,
            String channel, CaseStatus status, Instant submittedAt, Instant acceptedAt, Instant closedAt, long rowVersion) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.queryCode = queryCode;
        this.item = item;
        this.applicantId = applicantId;
        this.applicantName = applicantName;
        this.channel = channel;
        this.status = status;
        this.submittedAt = submittedAt;
        this.acceptedAt = acceptedAt;
        this.closedAt = closedAt;
        this.rowVersion = rowVersion;
    }

    public static Case submit(String caseNumber, String queryCode, PinnedItem item, Actor applicant, String channel,
            Instant now) {
        Case c = new Case(CaseId.newId(), caseNumber, queryCode, item, applicant.id(), applicant.name(), channel,
                CaseStatus.SUBMITTED, now, null, null, 0);
        c.record(CaseAction.SUBMIT, applicant, "APPLICANT", now, null);
        return c;
    }

    public static Case restore(CaseId id, String caseNumber, String queryCode, PinnedItem item, String applicantId,
            String applicantName, String channel, CaseStatus status, Instant submittedAt, Instant acceptedAt,
            Instant closedAt, long rowVersion) {
        return new Case(id, caseNumber, queryCode, item, applicantId, applicantName, channel, status, submittedAt,
                acceptedAt, closedAt, rowVersion);
    }

    /** 受理: a clerk accepts the application; the item version is already pinned. */
    public void accept(Actor clerk, Instant now) {
        require(CaseAction.ACCEPT);
        status = CaseStatus.ACCEPTED;
        acceptedAt = now;
        record(CaseAction.ACCEPT, clerk, "CLERK", now, null);
    }

    /** 办结. */
    public void close(Actor clerk, Instant now) {
        require(CaseAction.CLOSE);
        status = CaseStatus.CLOSED;
        closedAt = now;
        record(CaseAction.CLOSE, clerk, "CLERK", now, null);
    }

    /** The applicant withdraws an open case. */
    public void withdraw(Actor applicant, Instant now, String reason) {
        require(CaseAction.WITHDRAW);
        status = CaseStatus.WITHDRAWN;
        closedAt = now;
        record(CaseAction.WITHDRAW, applicant, "APPLICANT", now, reason);
    }

    public Set<CaseAction> allowedActions() {
        return switch (status) {
            case SUBMITTED -> EnumSet.of(CaseAction.ACCEPT, CaseAction.WITHDRAW);
            case ACCEPTED -> EnumSet.of(CaseAction.CLOSE, CaseAction.WITHDRAW);
            case CLOSED, WITHDRAWN -> EnumSet.noneOf(CaseAction.class);
        };
    }

    public boolean isApplicant(Actor actor) {
        return applicantId.equals(actor.id());
    }

    private void require(CaseAction action) {
        if (!allowedActions().contains(action)) {
            throw new IllegalTransitionException(status.name(), action.label(),
                    allowedActions().stream().map(CaseAction::label).toList());
        }
    }

    private void record(CaseAction action, Actor actor, String role, Instant at, String note) {
        newHistory.add(new HistoryEntry(action, actor.id(), actor.name(), role, at, note));
    }

    /** History entries added since the case was loaded, for the repository to append. */
    public List<HistoryEntry> newHistory() {
        return Collections.unmodifiableList(newHistory);
    }

    public CaseId id() { return id; }
    public String caseNumber() { return caseNumber; }
    public String queryCode() { return queryCode; }
    public PinnedItem item() { return item; }
    public String applicantId() { return applicantId; }
    public String applicantName() { return applicantName; }
    public String channel() { return channel; }
    public CaseStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant closedAt() { return closedAt; }
    public long rowVersion() { return rowVersion; }
}
