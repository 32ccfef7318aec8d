package org.example.gov.trading.scoring;

import java.util.List;

import org.example.gov.trading.tender.LotId;

/**
 * The seam to the opening capability: the bids of a lot opened (DECRYPTED) at its published opening, with their
 * bidders and prices; empty until the record is published. Wired to {@code OpeningService#openedBids} in
 * {@code ScoringConfiguration}; the {@code sme} flag is always false here — SME status is the committee's finding.
 */
public interface OpenedBids {

    List<BidUnderEvaluation> of(LotId lotId);
}
