package org.example.gov.platform.audit;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes entries older than the retention (at least 180 days, 网络安全法 art. 21), only as a whole verified segment:
 * everything from the anchor up to the last entry older than the cut-off is verified first, then deleted, and the
 * anchor moves to that entry's hash, so the entries kept still verify from the anchor. A segment that does not
 * verify is kept (and reported): evidence of tampering is never purged.
 */
class AuditPurge {

    static final Duration MINIMUM_RETENTION = Duration.ofDays(180);
    private static final Logger log = LoggerFactory.getLogger(AuditPurge.class);

    private final AuditRepository repository;
    private final AuditVerifier verifier;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;

    AuditPurge(AuditRepository repository, AuditVerifier verifier, TransactionTemplate transactions, Clock clock,
            Duration retention) {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("platform.audit.retention must be at least 180 days (网络安全法 第二十一条), not "
                    + retention);
        }
        this.repository = repository;
        this.verifier = verifier;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    /** @return how many entries were removed */
    long purge() {
        AuditRepository.Chain chain = repository.chain();
        long anchor = chain.anchorSeq();
        long upTo = repository.lastSeqBefore(clock.instant().minus(retention));
        if (upTo > anchor) {
            String upToHash = repository.hashOf(upTo);
            AuditVerification segment = verifier.verify(anchor, chain.anchorHash(), upTo, upToHash);
            if (segment.intact()) {
                // the anchor moves first: the entries kept verify from it whether or not the deletion below finishes
                transactions.executeWithoutResult(status -> {
                    repository.lockChain();
                    repository.moveAnchor(upTo, upToHash);
                });
                anchor = upTo;
            } else {
                log.error("Audit trail segment {}-{} does not verify (entry {}: {}); it is kept", segment.fromSeq(), upTo,
                        segment.firstBrokenSeq(), segment.problem());
            }
        }
        long removed = 0;
        int deleted;
        do {
            deleted = repository.deleteUpTo(anchor, 1000);
            removed += deleted;
        } while (deleted == 1000);
        if (removed > 0) {
            log.info("Audit trail: removed {} entries up to {} (older than {})", removed, anchor, retention);
        }
        return removed;
    }
}
