package org.example.gov.trading.integrity;

import org.example.gov.trading.bid.ClientOrigin;
import org.example.gov.trading.bid.SubmissionEvidence;
import org.example.gov.trading.bid.UnsealedBid;
import org.example.gov.trading.client.BidDocument;
import org.example.gov.trading.client.Sm3;
import org.example.gov.trading.integrity.EvidenceStore.Evidence;
import org.example.gov.trading.integrity.EvidenceStore.Stage;
import org.example.gov.trading.opening.OpeningObserver;
import org.example.gov.trading.tender.LotId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each bid's collusion evidence at the moment it arises — in the submission's and the decryption's own
 * transactions, sealed ({@link EvidenceStore}) — and starts the lot's analysis once its opening record is published.
 * The analysis runs after the record's commit and in its own transaction: a failure there is logged (lot id only) and
 * never undoes or fails the opening; the first read of the warnings catches it up.
 */
public class EvidenceListener implements SubmissionEvidence, OpeningObserver {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceListener.class);

    private final EvidenceStore store;
    private final java.util.function.Supplier<CollusionService> analyses;

    /** @param analyses the service, looked up when first needed (it depends on the opening, which calls this) */
    public EvidenceListener(EvidenceStore store, java.util.function.Supplier<CollusionService> analyses) {
        this.store = store;
        this.analyses = analyses;
    }

    @Override
    public void submitted(String bidId, LotId lot, String bidder, ClientOrigin origin) {
        store.put(bidId, Stage.SUBMISSION, new Evidence(lot.toString(), bidder, origin.address(), origin.fingerprint(),
                null, null));
    }

    @Override
    public void withdrawn(String bidId) {
        store.forget(bidId);
    }

    /** The document's SM3 (the platform's hash, ENGINEERING.md §9) and the author its metadata names. */
    @Override
    public void decrypted(UnsealedBid bid, ClientOrigin origin, BidDocument document) {
        byte[] file = document == null ? null : document.document();
        store.put(bid.bidId(), Stage.DECRYPTION, new Evidence(bid.lotId().toString(), bid.bidder(), origin.address(),
                origin.fingerprint(), file == null ? null : Sm3.hex(file),
                file == null ? null : DocumentAuthor.of(file).orElse(null)));
    }

    @Override
    public void recordPublished(LotId lot) {
        try {
            analyses.get().analyseAfterOpening(lot);
        } catch (RuntimeException e) {
            LOG.warn("collusion analysis of lot {} failed; the first read of its warnings retries it: {}", lot,
                    e.getClass().getName());
        }
    }
}
