package org.example.gov.trading.opening;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.LotFacts;
import org.example.gov.trading.tender.LotStatus;

/**
 * A lot's online opening (开标). Created at the deadline: with too few bids (the tender's rule, decided by its seam) the
 * lot FAILED and no window opens; otherwise the decryption window runs from the moment the deadline was processed for
 * the lot's configured duration. Decryption ends when every bid has a result or the window ends, whichever is first;
 * then the record is PUBLISHED.
 */
public final class Opening {

    private final String lotId;
    private final String projectId;
    private OpeningStage stage;
    private final int bidCount;
    private final Instant deadline;
    private final Instant deadlinePassedAt;
    private final Instant windowEndsAt;
    private Instant publishedAt;

    public Opening(String lotId, String projectId, OpeningStage stage, int bidCount, Instant deadline,
            Instant deadlinePassedAt, Instant windowEndsAt, Instant publishedAt) {
        this.lotId = lotId;
        this.projectId = projectId;
        this.stage = stage;
        this.bidCount = bidCount;
        this.deadline = deadline;
        this.deadlinePassedAt = deadlinePassedAt;
        this.windowEndsAt = windowEndsAt;
        this.publishedAt = publishedAt;
    }

    /** @param outcome what the tender seam decided: FAILED below the minimum of bids, else OPENING */
    public static Opening atDeadline(LotFacts lot, LotStatus outcome, int bidCount, Instant now) {
        boolean failed = outcome == LotStatus.FAILED;
        return new Opening(lot.lotId().toString(), lot.projectId().toString(),
                failed ? OpeningStage.FAILED : OpeningStage.DECRYPTING, bidCount, lot.bidDeadline(), now,
                failed ? null : now.plus(lot.decryptionWindow()), null);
    }

    /** @throws BusinessRuleViolationException DECRYPTION_WINDOW_CLOSED outside the window */
    public void checkWindowOpen(Instant now) {
        if (stage != OpeningStage.DECRYPTING || !now.isBefore(windowEndsAt)) {
            throw new BusinessRuleViolationException("DECRYPTION_WINDOW_CLOSED", "lotId",
                    "The decryption window of lot " + lotId + " is not open", windowEndsAt == null ? "-" : windowEndsAt);
        }
    }

    /** Staff record platform failures and bidders file objections while the opening runs. */
    public void checkRunning() {
        if (stage != OpeningStage.DECRYPTING) {
            throw new IllegalTransitionException(stage.name(), "opening-step", List.of());
        }
    }

    /** Whether decryption has ended: every bid decided, or the window over. */
    public boolean decryptionEnded(Collection<BidDecryption> bids, Instant now) {
        return stage == OpeningStage.DECRYPTING
                && (!now.isBefore(windowEndsAt) || bids.stream().allMatch(BidDecryption::decided));
    }

    /** Ends decryption: what is still pending is revoked (NOT_DECRYPTED_IN_WINDOW) and the record is published. */
    public void publish(Collection<BidDecryption> bids, Instant now) {
        if (!decryptionEnded(bids, now)) {
            throw new IllegalTransitionException(stage.name(), "publish", List.of());
        }
        bids.forEach(b -> b.expire(now));
        stage = OpeningStage.PUBLISHED;
        publishedAt = now;
    }

    public String lotId() { return lotId; }
    public String projectId() { return projectId; }
    public OpeningStage stage() { return stage; }
    public int bidCount() { return bidCount; }
    public Instant deadline() { return deadline; }
    public Instant deadlinePassedAt() { return deadlinePassedAt; }
    public Instant windowEndsAt() { return windowEndsAt; }
    public Instant publishedAt() { return publishedAt; }
}
