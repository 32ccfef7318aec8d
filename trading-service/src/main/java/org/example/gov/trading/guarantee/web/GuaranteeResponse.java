package org.example.gov.trading.guarantee.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.trading.guarantee.Claim;
import org.example.gov.trading.guarantee.Guarantee;
import org.example.gov.trading.guarantee.GuaranteeAction;

/** A guarantee as its guarantor, its bidder or (after the deadline) trading staff see it. */
public record GuaranteeResponse(String id, String guarantor, String guaranteeNumber, String lotId, String bidder,
        String amount, LocalDate validUntil, String documentSm3, String status, Instant issuedAt, Instant verifiedAt,
        Instant releasedAt, String releaseReason, ClaimResponse claim, List<String> allowedActions) {

    /** 理赔 as recorded. */
    public record ClaimResponse(String ground, String reason, String fact, String recordedBy, Instant at) {

        static ClaimResponse of(Claim c) {
            return c == null ? null : new ClaimResponse(c.ground().name(), c.reason(), c.fact(), c.recordedBy(), c.at());
        }
    }

    static GuaranteeResponse of(Guarantee g) {
        return new GuaranteeResponse(g.id().toString(), g.guarantor(), g.number(), g.lotId().toString(), g.bidder(),
                g.amount().amount().toPlainString(), g.validUntil(), g.documentSm3(), g.status().name(), g.issuedAt(),
                g.verifiedAt(), g.releasedAt(), g.releaseReason(), ClaimResponse.of(g.claim()),
                g.allowedActions().stream().map(GuaranteeAction::label).sorted().toList());
    }
}
