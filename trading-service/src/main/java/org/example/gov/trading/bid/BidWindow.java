package org.example.gov.trading.bid;

import java.time.Instant;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.trading.tender.LotFacts;
import org.example.gov.trading.tender.LotStatus;

/**
 * When a lot takes bids, replacements and withdrawals: while it is TENDERING, not suspended, and strictly before its
 * bid deadline by the server's clock at the moment the upload was complete (招标投标法 第28条: a bid received after the
 * deadline is refused; one millisecond at or after it is late). An upload still incomplete at the deadline never
 * reaches this check: it is not a bid, and the bidder's earlier complete bid, if any, stands (电子招标投标办法 第30条
 * treats that incomplete transmission as withdrawn, not the earlier bid).
 */
public final class BidWindow {

    private BidWindow() {
    }

    /** @throws NotFoundException for a lot not yet announced (as if it did not exist) */
    public static void check(LotFacts lot, Instant at) {
        if (lot.status() == LotStatus.DRAFT || lot.bidDeadline() == null) {
            throw new NotFoundException("LOT_NOT_FOUND", "No lot " + lot.lotId(), lot.lotId());
        }
        if (lot.status() == LotStatus.CANCELLED) {
            throw new ConflictException("LOT_NOT_TENDERING", "Lot " + lot.lotId() + " takes no bids: it is " + lot.status(),
                    lot.lotId(), lot.status());
        }
        // past TENDERING (OPENING, FAILED, ...) means the deadline job has counted: late whatever the clock says
        if (!at.isBefore(lot.bidDeadline()) || lot.status() != LotStatus.TENDERING) {
            throw new BusinessRuleViolationException("BID_LATE", "bidDeadline",
                    "Bids for lot " + lot.lotId() + " closed at " + lot.bidDeadline(), lot.bidDeadline());
        }
        if (lot.suspended()) {
            throw new BusinessRuleViolationException("TENDER_SUSPENDED", "lotId",
                    "The tender is suspended: no bids until it resumes");
        }
    }
}
