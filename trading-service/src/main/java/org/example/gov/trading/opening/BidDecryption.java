package org.example.gov.trading.opening;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.trading.client.BidDocument;

/**
 * One bid at the opening and its result. Each result is decided once: a second decision is a 409 naming the result it
 * already has (a DECRYPTED bid cannot be revoked afterwards, nor a REVOKED one retried).
 */
public final class BidDecryption {

    /** Why a bid that was not decrypted in the window is revoked. */
    public static final String NOT_DECRYPTED_IN_WINDOW = "NOT_DECRYPTED_IN_WINDOW";

    private final String bidId;
    private final String lotId;
    private final String bidder;
    private DecryptionResult result;
    private String reason;
    private String reasonText;
    private String recordedBy;
    private BigDecimal total;
    private List<BidDocument.Item> schedule;
    private Instant decidedAt;

    public BidDecryption(String bidId, String lotId, String bidder, DecryptionResult result, String reason,
            String reasonText, String recordedBy, BigDecimal total, List<BidDocument.Item> schedule, Instant decidedAt) {
        this.bidId = bidId;
        this.lotId = lotId;
        this.bidder = bidder;
        this.result = result;
        this.reason = reason;
        this.reasonText = reasonText;
        this.recordedBy = recordedBy;
        this.total = total;
        this.schedule = schedule == null ? List.of() : List.copyOf(schedule);
        this.decidedAt = decidedAt;
    }

    public static BidDecryption pending(String bidId, String lotId, String bidder) {
        return new BidDecryption(bidId, lotId, bidder, DecryptionResult.PENDING, null, null, null, null, null, null);
    }

    /** The bidder's key opened the bid: its document is the receipted, valid one of this lot and bidder. */
    public void decrypted(BidDocument document, Instant at) {
        undecided();
        result = DecryptionResult.DECRYPTED;
        total = document.price().total();
        schedule = List.copyOf(document.price().schedule());
        decidedAt = at;
    }

    /** 撤销: the bidder's own failure, with the reason (a DecryptionFailure reason or NOT_DECRYPTED_IN_WINDOW). */
    public void revoked(String why, String text, Instant at) {
        undecided();
        result = DecryptionResult.REVOKED;
        reason = why;
        reasonText = text;
        decidedAt = at;
    }

    /** 撤回: a failure on the platform's side, recorded by trading-centre staff, who must say what failed. */
    public void withdrawnForPlatformFailure(String why, String staff, Instant at) {
        if (why == null || why.isBlank()) {
            throw new BusinessRuleViolationException("PLATFORM_FAILURE_REASON_REQUIRED", "reason",
                    "A platform failure is recorded with what failed");
        }
        undecided();
        result = DecryptionResult.WITHDRAWN;
        reason = "PLATFORM_FAILURE";
        reasonText = why.strip();
        recordedBy = staff;
        decidedAt = at;
    }

    /** The window ended before the bidder decrypted: 撤销 unless staff recorded a platform failure before. */
    public boolean expire(Instant at) {
        if (result != DecryptionResult.PENDING) {
            return false;
        }
        revoked(NOT_DECRYPTED_IN_WINDOW, "the bidder did not decrypt within the decryption window", at);
        return true;
    }

    private void undecided() {
        if (result != DecryptionResult.PENDING) {
            throw new ConflictException("BID_ALREADY_DECIDED", "Bid " + bidId + " is already " + result, result);
        }
    }

    public boolean decided() {
        return result != DecryptionResult.PENDING;
    }

    public String bidId() { return bidId; }
    public String lotId() { return lotId; }
    public String bidder() { return bidder; }
    public DecryptionResult result() { return result; }
    public String reason() { return reason; }
    public String reasonText() { return reasonText; }
    public String recordedBy() { return recordedBy; }
    public BigDecimal total() { return total; }
    public List<BidDocument.Item> schedule() { return schedule; }
    public Instant decidedAt() { return decidedAt; }
}
