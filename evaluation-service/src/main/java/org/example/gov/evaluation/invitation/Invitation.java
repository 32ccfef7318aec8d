package org.example.gov.evaluation.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.example.gov.evaluation.channel.Channel;

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
    private final String staffId;
    private final Channel channel;
    private Status status;

    private Invitation(String id, String caseId, String caseNumber, Stage stage, String applicantId, String itemCode,
            String itemName, String department, String region, Instant openedAt, Instant expiresAt, String staffId,
            Channel channel, Status status) {
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
        this.staffId = staffId;
        this.channel = channel;
        this.status = status;
    }

    /**
     * Opens an online invitation (一事一评: receipt or completion). {@code staffId} is who handled the case at that
     * stage (the staff member rated), {@code channel} where the invitation goes out.
     */
    public static Invitation open(String caseId, String caseNumber, Stage stage, String applicantId, String itemCode,
            String itemName, String department, String region, String staffId, Channel channel, Instant now,
            Duration validity) {
        if (stage == Stage.ON_SITE) {
            throw new IllegalArgumentException("on-site ratings use a service occurrence, not an invitation");
        }
        return new Invitation(UUID.randomUUID().toString(), caseId, caseNumber, stage, applicantId, itemCode, itemName,
                department, region, now, now.plus(validity), staffId, channel, Status.OPEN);
    }

    public static Invitation restore(String id, String caseId, String caseNumber, Stage stage, String applicantId,
            String itemCode, String itemName, String department, String region, Instant openedAt, Instant expiresAt,
            String staffId, Channel channel, Status status) {
        return new Invitation(id, caseId, caseNumber, stage, applicantId, itemCode, itemName, department, region,
                openedAt, expiresAt, staffId, channel, status);
    }

    /** Uses the invitation for a rating; a second rating of the same case and stage is refused. */
    public void useFor(String raterId, Instant now) {
        if (status == Status.RATED) {
            throw new ConflictException("ALREADY_RATED", "This case has already been rated at this stage", caseNumber,
                    stage.name());
        }
        if (status == Status.EXPIRED || now.isAfter(expiresAt)) {
            throw new IllegalTransitionException(Status.EXPIRED.name(), "rate", List.of());
        }
        status = Status.RATED;
    }

    /**
     * Past its validity an unused invitation expires as "unrated": it counts in the participation rate, never as good.
     *
     * @return true if it expired now (once: a rated or already expired invitation is left alone)
     */
    public boolean expireIfUnused(Instant now) {
        if (status != Status.OPEN || !now.isAfter(expiresAt)) {
            return false;
        }
        status = Status.EXPIRED;
        return true;
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
    public String staffId() { return staffId; }
    public Channel channel() { return channel; }
    public Status status() { return status; }
}
