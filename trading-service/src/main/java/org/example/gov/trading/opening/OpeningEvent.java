package org.example.gov.trading.opening;

import java.time.Instant;
import java.util.List;

/**
 * What the opening publishes on gov.trading.events (key = project id; schemas in contracts/events/trading). All after
 * the deadline, when a lot's count of bids is no longer secret: bid-deadline-passed carries it (the reason a lot failed
 * or opened is that count, and the opening record publishes it anyway). Bidders are named only in the published
 * opening record, as the law has the record name them (招标投标法 第36条).
 */
public sealed interface OpeningEvent {

    String TOPIC = "gov.trading.events";

    String type();

    String projectId();

    record BidDeadlinePassed(String projectId, String lotId, Instant bidDeadline, Instant passedAt, int bidCount,
            String outcome) implements OpeningEvent {
        public String type() {
            return "gov.trading.bid-deadline-passed.v1";
        }
    }

    /** 流标: fewer bids than the rule's minimum, no opening; the lot may be re-tendered. */
    record LotFailed(String projectId, String lotId, String reason, int bidCount, int minBids, Instant failedAt)
            implements OpeningEvent {
        public String type() {
            return "gov.trading.lot-failed.v1";
        }
    }

    /** The opening started: the decryption window is open until windowEndsAt. */
    record OpeningStarted(String projectId, String lotId, int bidCount, Instant windowOpenedAt, Instant windowEndsAt)
            implements OpeningEvent {
        public String type() {
            return "gov.trading.opening-started.v1";
        }
    }

    record RecordedBid(String bidId, String bidder, Instant receivedAt, String result, String reason, String total,
            Instant decidedAt) {
    }

    record RecordedObjection(String objectionId, String bidder, String text, Instant filedAt, String answer,
            Instant answeredAt) {
    }

    /** 开标记录: every bid's bidder, price and decryption result, and the objections at the opening. */
    record OpeningRecordPublished(String projectId, String lotId, Instant bidDeadline, Instant windowOpenedAt,
            Instant publishedAt, List<RecordedBid> bids, List<RecordedObjection> objections) implements OpeningEvent {
        public String type() {
            return "gov.trading.opening-record-published.v1";
        }
    }
}
