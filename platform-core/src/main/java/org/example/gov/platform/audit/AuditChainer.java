package org.example.gov.platform.audit;

import java.util.List;
import java.util.Map;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links pending entries into the chain, oldest first: each gets the next sequence number and
 * {@code hash = SM3(previous hash | seq | fields)}. One transaction per batch holds the chain's head row locked, so
 * replicas of a service take turns and the chain never forks; entries wait at most one run in {@code audit_pending}.
 */
class AuditChainer {

    static final int BATCH = 500;

    private final AuditRepository repository;
    private final TransactionTemplate transactions;

    AuditChainer(AuditRepository repository, TransactionTemplate transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    /** @return how many entries were chained */
    int chainPending() {
        int total = 0;
        Integer chained;
        do {
            chained = transactions.execute(status -> {
                AuditRepository.Chain chain = repository.lockChain();
                List<Map.Entry<Long, AuditEntry>> pending = repository.pending(BATCH);
                long seq = chain.lastSeq();
                String hash = chain.lastHash();
                for (Map.Entry<Long, AuditEntry> next : pending) {
                    String linked = AuditHash.of(hash, ++seq, next.getValue());
                    repository.append(seq, next.getValue(), hash, linked, next.getKey());
                    hash = linked;
                }
                if (!pending.isEmpty()) {
                    repository.moveHead(seq, hash);
                }
                return pending.size();
            });
            total += chained == null ? 0 : chained;
        } while (chained != null && chained == BATCH);
        return total;
    }
}
