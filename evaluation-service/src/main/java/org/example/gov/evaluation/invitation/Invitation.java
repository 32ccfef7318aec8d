package org.example.gov.evaluation.invitation;

import java.time.Instant;
import java.util.UUID;

import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.IllegalTransitionException;

/**
 * An invitation to rate one case at one stage, opened by a case event. It is used once; past
 * {@code expiresAt} it counts as "unrated" (never as good).
 */
public final class Invitation {

    public enum Status { OPEN, RATED, EXPIRED }

    private final String id;
    private final String caseId;
    private final String caseNumber;
    private final Stage stage;
    private final String applicantId;
    private final String itemCode;
    private final String itemName;
    private final String department;
    private final String region;
    private final Instant openedAt;
    private final Instant expiresAt;
    private Status status;

    private Invitation(String id, String caseId, String caseNumber, Stage stage, String applicantId, String itemCode,
            String itemName, String department, String region, Instant openedAt, Instant expiresAt, Status status) {
        this.id = id;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.stage = stage;
        this.applicantId = applicantId;
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.department = department;
        this.region = region;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
        this.status = status;
    }

    public static Invitation open(String caseId, String caseNumber, Stage stage, String applicantId, String itemCode,
            String itemName, String department, String region, Instant now, java.time.Duration validity) {
        return new Invitation(UUID.randomUUID().toString(), caseId, caseNumber, stage, applicantId, itemCode, itemName,
                department, region, now, now.plus(validity), Status.OPEN);
    }

    public static Invitation restore(String id, String caseId, String caseNumber, Stage stage, String applicantId,
            String itemCode, String itemName, String department, String region, Instant openedAt, Instant expiresAt,
            Status status) {
        return new Invitation(id, caseId, caseNumber, stage, applicantId, itemCode, itemName, department, region,
                openedAt, expiresAt, status);
    }

    /** Uses the invitation for a rating; a second rating of the same case and stage is refused. */
    public void useFor(String raterId, Instant now) {
        if (status == Status.RATED) {
            throw new ConflictException("ALREADY_RATED", "This case has already been rated at this stage", caseNumber,
                    stage.name());
        }
        if (status == Status.EXPIRED || now.isAfter(expiresAt)) {
            throw new IllegalTransitionException(Status.EXPIRED.name(), "rate", java.util.List.of());
        }
        status = Status.RATED;
    }

    public boolean isFor(String applicant) {
        return applicantId.equals(applicant);
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String caseNumber() { return caseNumber; }
    public Stage stage() { return stage; }
    public String applicantId() { return applicantId; }
    public String itemCode() { return itemCode; }
    public String itemName() { return itemName; }
    public String department() { return department; }
    public String region() { return region; }
    public Instant openedAt() { return openedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Status status() { return status; }
}
