package org.example.gov.cases.partner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Callbacks to partners ({@code partner_callback}) and every attempt to deliver them ({@code partner_callback_attempt}). */
@Repository
public class PartnerCallbackRepository {

    private final JdbcClient jdbc;

    public PartnerCallbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String callbackId, String partnerId, String caseId, String action, String body, Instant at) {
        jdbc.sql("""
                INSERT INTO partner_callback (callback_id, partner_id, case_id, action, body, created_at, next_attempt_at)
                VALUES (:callbackId, :partner, :caseId, :action, :body, :at, :at)""")
                .param("callbackId", callbackId).param("partner", partnerId).param("caseId", caseId)
                .param("action", action).param("body", body).param("at", Timestamp.from(at)).update();
    }

    /**
     * Locks due callbacks that are the oldest unacknowledged one of their case (so a case's changes go out in order),
     * skipping rows another replica holds. A later change of a case whose head is held elsewhere or waiting for its
     * back-off is not due: the NOT EXISTS still sees the unacknowledged head. Call in a READ COMMITTED transaction.
     */
    public List<PendingCallback> claimDue(List<String> partners, Instant now, int limit) {
        return jdbc.sql("""
                SELECT c.id, c.callback_id, c.partner_id, c.case_id, c.action, c.body, c.attempts
                FROM partner_callback c
                WHERE c.delivered_at IS NULL AND c.next_attempt_at <= :now AND c.partner_id IN (:partners)
                  AND NOT EXISTS (SELECT 1 FROM partner_callback e
                                  WHERE e.case_id = c.case_id AND e.delivered_at IS NULL AND e.id < c.id)
                ORDER BY c.next_attempt_at, c.id
                LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now)).param("partners", partners).param("limit", limit)
                .query((rs, n) -> new PendingCallback(rs.getLong("id"), rs.getString("callback_id"),
                        rs.getString("partner_id"), rs.getString("case_id"), rs.getString("action"),
                        rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    public void acknowledged(long seq, int attempts, Instant at) {
        jdbc.sql("UPDATE partner_callback SET attempts = :attempts, delivered_at = :at WHERE id = :id")
                .param("attempts", attempts).param("at", Timestamp.from(at)).param("id", seq).update();
    }

    public void retryLater(long seq, int attempts, Instant next) {
        jdbc.sql("UPDATE partner_callback SET attempts = :attempts, next_attempt_at = :next WHERE id = :id")
                .param("attempts", attempts).param("next", Timestamp.from(next)).param("id", seq).update();
    }

    public void log(String partnerId, DeliveryAttempt attempt) {
        String error = attempt.error();
        jdbc.sql("""
                INSERT INTO partner_callback_attempt (callback_id, partner_id, case_id, action, attempt, at, http_status,
                                                      error, duration_ms)
                VALUES (:callbackId, :partner, :caseId, :action, :attempt, :at, :status, :error, :duration)""")
                .param("callbackId", attempt.callbackId()).param("partner", partnerId).param("caseId", attempt.caseId())
                .param("action", attempt.action()).param("attempt", attempt.attempt())
                .param("at", Timestamp.from(attempt.at())).param("status", attempt.httpStatus())
                .param("error", error == null || error.length() <= 1000 ? error : error.substring(0, 1000))
                .param("duration", attempt.durationMs()).update();
    }

    /** A partner's delivery log, newest attempt first. */
    public List<DeliveryAttempt> attempts(String partnerId, int page, int size) {
        return jdbc.sql("""
                SELECT callback_id, case_id, action, attempt, at, http_status, error, duration_ms
                FROM partner_callback_attempt WHERE partner_id = :partner ORDER BY id DESC LIMIT :size OFFSET :offset""")
                .param("partner", partnerId).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new DeliveryAttempt(rs.getString("callback_id"), rs.getString("case_id"),
                        rs.getString("action"), rs.getInt("attempt"), rs.getTimestamp("at").toInstant(),
                        rs.getObject("http_status", Integer.class), rs.getString("error"), rs.getLong("duration_ms")))
                .list();
    }

    public long countAttempts(String partnerId) {
        return jdbc.sql("SELECT COUNT(*) FROM partner_callback_attempt WHERE partner_id = :partner")
                .param("partner", partnerId).query(Long.class).single();
    }
}
