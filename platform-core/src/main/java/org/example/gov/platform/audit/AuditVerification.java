package org.example.gov.platform.audit;

/**
 * The result of walking the chain: intact, or the first entry whose link does not hold (changed, deleted, inserted
 * or reordered) with what is wrong with it.
 */
public record AuditVerification(boolean intact, long checked, long fromSeq, long toSeq, Long firstBrokenSeq,
        String problem) {
}
