package org.example.gov.trading.guarantee;

import java.time.Instant;

/**
 * What the guarantee aggregate's transitions report, published on {@value #TOPIC} (key = guarantee id) through the
 * outbox; schemas in contracts/events/trading. <b>Secrecy before the bid deadline</b>: a guarantee links a bidder to a
 * lot, which is as secret as a bid until the deadline; issued and verified happen before it, so they carry neither the
 * lot, nor the bidder, nor the amount (which would point at the lot whose security it equals) — only the guarantee's
 * platform id and its guarantor, which the guarantor knows anyway. Released and claimed happen after the deadline and
 * tell the guarantor what its liability was for.
 */
public sealed interface GuaranteeEvent {

    String TOPIC = "gov.trading.events";

    String type();

    String guaranteeId();

    record GuaranteeIssued(String guaranteeId, String guarantor, Instant issuedAt) implements GuaranteeEvent {
        public String type() {
            return "gov.trading.guarantee-issued.v1";
        }
    }

    record GuaranteeVerified(String guaranteeId, String guarantor, Instant verifiedAt) implements GuaranteeEvent {
        public String type() {
            return "gov.trading.guarantee-verified.v1";
        }
    }

    record GuaranteeReleased(String guaranteeId, String guarantor, String guaranteeNumber, String lotId,
            String bidder, String amount, String reason, Instant releasedAt) implements GuaranteeEvent {
        public String type() {
            return "gov.trading.guarantee-released.v1";
        }
    }

    record GuaranteeClaimed(String guaranteeId, String guarantor, String guaranteeNumber, String lotId, String bidder,
            String amount, String ground, String reason, String fact, Instant claimedAt) implements GuaranteeEvent {
        public String type() {
            return "gov.trading.guarantee-claimed.v1";
        }
    }
}
