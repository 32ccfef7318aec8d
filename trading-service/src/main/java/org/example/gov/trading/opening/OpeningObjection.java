package org.example.gov.trading.opening;

import java.time.Instant;
import java.util.UUID;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ConflictException;

/**
 * An objection at the opening (开标异议, 招标投标法实施条例 第44条): a bidder raises it during the opening and the tenderee
 * (or its agent) answers it on the spot; both go into the opening record. Answered once.
 */
public final class OpeningObjection {

    private final String id;
    private final String lotId;
    private final String bidder;
    private final String text;
    private final Instant filedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;

    public OpeningObjection(String id, String lotId, String bidder, String text, Instant filedAt, String answer,
            String answeredBy, Instant answeredAt) {
        this.id = id;
        this.lotId = lotId;
        this.bidder = bidder;
        this.text = text;
        this.filedAt = filedAt;
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public static OpeningObjection file(String lotId, String bidder, String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolationException("OBJECTION_TEXT_REQUIRED", "text", "An objection says what it objects to");
        }
        return new OpeningObjection(UUID.randomUUID().toString(), lotId, bidder, text.strip(), at, null, null, null);
    }

    public void answer(String text, String by, Instant at) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolationException("OBJECTION_ANSWER_REQUIRED", "answer", "An answer says something");
        }
        if (answer != null) {
            throw new ConflictException("OBJECTION_ALREADY_ANSWERED", "Objection " + id + " is already answered", id);
        }
        answer = text.strip();
        answeredBy = by;
        answeredAt = at;
    }

    public String id() { return id; }
    public String lotId() { return lotId; }
    public String bidder() { return bidder; }
    public String text() { return text; }
    public Instant filedAt() { return filedAt; }
    public String answer() { return answer; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
}
