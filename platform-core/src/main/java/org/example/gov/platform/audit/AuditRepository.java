package org.example.gov.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.platform.scope.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit tables (db/audit): pending entries, the chained log, and the chain's head and anchor. */
class AuditRepository {

    private static final String COLUMNS = "occurred_at, kind, outcome, actor_id, actor_roles, actor_region, "
            + "client_address, request_id, action, subject_type, subject_id, person_index, detail";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chain's head and the anchor the last purge left (the entry before the first one kept). */
    record Chain(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {
    }

    /** A chained entry as stored. */
    record Chained(long seq, AuditEntry entry, String prevHash, String hash) {
    }

    void insertPending(AuditEntry e) {
        jdbc.sql("INSERT INTO audit_pending (" + COLUMNS + ") VALUES (:occurredAt, :kind, :outcome, :actorId, :actorRoles, "
                        + ":actorRegion, :clientAddress, :requestId, :action, :subjectType, :subjectId, :personIndex, :detail)")
                .params(params(e)).update();
    }

    Chain lockChain() {
        return jdbc.sql("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> chain(rs)).single();
    }

    Chain chain() {
        return jdbc.sql("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM audit_chain WHERE id = 1")
                .query((rs, n) -> chain(rs)).single();
    }

    /** The oldest pending entries with their ids. */
    List<Map.Entry<Long, AuditEntry>> pending(int limit) {
        return jdbc.sql("SELECT id, " + COLUMNS + " FROM audit_pending ORDER BY id LIMIT :limit").param("limit", limit)
                .query((rs, n) -> Map.entry(rs.getLong("id"), entry(rs))).list();
    }

    void append(long seq, AuditEntry e, String prevHash, String hash, long pendingId) {
        jdbc.sql("INSERT INTO audit_log (seq, " + COLUMNS + ", prev_hash, hash) VALUES (:seq, :occurredAt, :kind, :outcome, "
                        + ":actorId, :actorRoles, :actorRegion, :clientAddress, :requestId, :action, :subjectType, :subjectId, "
                        + ":personIndex, :detail, :prevHash, :hash)")
                .params(params(e)).param("seq", seq).param("prevHash", prevHash).param("hash", hash).update();
        jdbc.sql("DELETE FROM audit_pending WHERE id = :id").param("id", pendingId).update();
    }

    void moveHead(long lastSeq, String lastHash) {
        jdbc.sql("UPDATE audit_chain SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", lastSeq).param("hash", lastHash).update();
    }

    void moveAnchor(long anchorSeq, String anchorHash) {
        jdbc.sql("UPDATE audit_chain SET anchor_seq = :seq, anchor_hash = :hash WHERE id = 1")
                .param("seq", anchorSeq).param("hash", anchorHash).update();
    }

    /** Chained entries with seq greater than {@code after}, in order, at most {@code limit}. */
    List<Chained> chainedAfter(long after, int limit) {
        return jdbc.sql("SELECT seq, " + COLUMNS + ", prev_hash, hash FROM audit_log WHERE seq > :after ORDER BY seq LIMIT :limit")
                .param("after", after).param("limit", limit)
                .query((rs, n) -> new Chained(rs.getLong("seq"), entry(rs), rs.getString("prev_hash"), rs.getString("hash")))
                .list();
    }

    /** The last entry that occurred before {@code cutoff} (0 if none). */
    long lastSeqBefore(Instant cutoff) {
        Long seq = jdbc.sql("SELECT MAX(seq) FROM audit_log WHERE occurred_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).query(Long.class).single();
        return seq == null ? 0 : seq;
    }

    String hashOf(long seq) {
        return jdbc.sql("SELECT hash FROM audit_log WHERE seq = :seq").param("seq", seq).query(String.class).single();
    }

    int deleteUpTo(long seq, int limit) {
        return jdbc.sql("DELETE FROM audit_log WHERE seq <= :seq ORDER BY seq LIMIT :limit")
                .param("seq", seq).param("limit", limit).update();
    }

    /** Entries matching the filters (null = any), newest first. */
    List<Chained> search(AuditQuery q, int page, int size) {
        Scope.SqlCondition scope = q.scope().where("actor_region", "actor_region");
        StringBuilder where = new StringBuilder(" WHERE (" + scope.sql()
                + (q.withoutRegion() ? " OR actor_region IS NULL)" : ")"));
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        if (q.kind() != null) {
            where.append(" AND kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.actorId() != null) {
            where.append(" AND actor_id = :actorId");
            params.put("actorId", q.actorId());
        }
        if (q.personIndex() != null) {
            where.append(" AND person_index = :personIndex");
            params.put("personIndex", q.personIndex());
        }
        if (q.subjectId() != null) {
            where.append(" AND subject_id = :subjectId");
            params.put("subjectId", q.subjectId());
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", Timestamp.from(q.to()));
        }
        return jdbc.sql("SELECT seq, " + COLUMNS + ", prev_hash, hash FROM audit_log" + where
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Chained(rs.getLong("seq"), entry(rs), rs.getString("prev_hash"), rs.getString("hash")))
                .list();
    }

    private static Map<String, Object> params(AuditEntry e) {
        Map<String, Object> p = new HashMap<>();
        p.put("occurredAt", Timestamp.from(e.occurredAt()));
        p.put("kind", e.kind().name());
        p.put("outcome", e.outcome());
        p.put("actorId", e.actorId());
        p.put("actorRoles", e.actorRoles());
        p.put("actorRegion", e.actorRegion());
        p.put("clientAddress", e.clientAddress());
        p.put("requestId", e.requestId());
        p.put("action", e.action());
        p.put("subjectType", e.subjectType());
        p.put("subjectId", e.subjectId());
        p.put("personIndex", e.personIndex());
        p.put("detail", e.detail());
        return p;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), AuditKind.valueOf(rs.getString("kind")),
                rs.getString("outcome"), rs.getString("actor_id"), rs.getString("actor_roles"), rs.getString("actor_region"),
                rs.getString("client_address"), rs.getString("request_id"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("person_index"), rs.getString("detail"));
    }

    private static Chain chain(ResultSet rs) throws SQLException {
        return new Chain(rs.getLong("last_seq"), rs.getString("last_hash"), rs.getLong("anchor_seq"), rs.getString("anchor_hash"));
    }
}
