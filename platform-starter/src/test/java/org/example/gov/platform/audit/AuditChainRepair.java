package org.example.gov.platform.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test-only surgery on the chain: what a tamperer with write access and the algorithm would have to do. */
public final class AuditChainRepair {

    private AuditChainRepair() {
    }

    /** An empty chain (each test starts from one). */
    public static void reset(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM audit_log").update();
        jdbc.sql("UPDATE audit_chain SET last_seq = 0, last_hash = :g, anchor_seq = 0, anchor_hash = :g WHERE id = 1")
                .param("g", AuditHash.GENESIS).update();
    }

    /** Recomputes every link from the anchor on, after rows were changed on purpose. */
    public static void rehash(JdbcClient jdbc) {
        AuditRepository repository = new AuditRepository(jdbc);
        AuditRepository.Chain chain = repository.chain();
        String previous = chain.anchorHash();
        long seq = chain.anchorSeq();
        for (AuditRepository.Chained entry : repository.chainedAfter(seq, Integer.MAX_VALUE)) {
            String hash = AuditHash.of(previous, entry.seq(), entry.entry());
            jdbc.sql("UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE seq = :seq")
                    .param("prev", previous).param("hash", hash).param("seq", entry.seq()).update();
            previous = hash;
            seq = entry.seq();
        }
        repository.moveHead(seq, previous);
    }
}
