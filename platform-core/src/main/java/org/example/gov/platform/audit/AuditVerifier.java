package org.example.gov.platform.audit;

import java.util.List;

/**
 * Walks the chain from the purge anchor to the head, recomputing every hash: an altered entry no longer matches its
 * hash, a deleted one leaves a gap in the sequence or a link to nothing, a forged one cannot carry on the next
 * entry's link. Reports the first broken entry by its sequence number.
 */
class AuditVerifier {

    static final int BATCH = 1000;

    private final AuditRepository repository;

    AuditVerifier(AuditRepository repository) {
        this.repository = repository;
    }

    AuditVerification verify() {
        AuditRepository.Chain chain = repository.chain();
        return verify(chain.anchorSeq(), chain.anchorHash(), chain.lastSeq(), chain.lastHash());
    }

    /** Verifies the entries after {@code fromSeq} (whose hash is {@code fromHash}) up to {@code toSeq}. */
    AuditVerification verify(long fromSeq, String fromHash, long toSeq, String toHash) {
        long expectedSeq = fromSeq;
        String previous = fromHash;
        long checked = 0;
        while (expectedSeq < toSeq) {
            List<AuditRepository.Chained> batch = repository.chainedAfter(expectedSeq, BATCH);
            if (batch.isEmpty()) {
                return broken(fromSeq, toSeq, checked, expectedSeq + 1, "missing: the chain ends before its head " + toSeq);
            }
            for (AuditRepository.Chained entry : batch) {
                if (entry.seq() > toSeq) {
                    break;
                }
                if (entry.seq() != expectedSeq + 1) {
                    return broken(fromSeq, toSeq, checked, expectedSeq + 1, "missing: the next entry stored is " + entry.seq());
                }
                if (!entry.prevHash().equals(previous)) {
                    return broken(fromSeq, toSeq, checked, entry.seq(), "its link does not name the previous entry's hash");
                }
                if (!AuditHash.of(previous, entry.seq(), entry.entry()).equals(entry.hash())) {
                    return broken(fromSeq, toSeq, checked, entry.seq(), "its content does not match its hash");
                }
                previous = entry.hash();
                expectedSeq = entry.seq();
                checked++;
            }
        }
        if (!previous.equals(toHash)) {
            return broken(fromSeq, toSeq, checked, toSeq, "the chain's head does not match the last entry");
        }
        return new AuditVerification(true, checked, fromSeq + 1, toSeq, null, null);
    }

    private static AuditVerification broken(long fromSeq, long toSeq, long checked, long seq, String problem) {
        return new AuditVerification(false, checked, fromSeq + 1, toSeq, seq, problem);
    }
}
