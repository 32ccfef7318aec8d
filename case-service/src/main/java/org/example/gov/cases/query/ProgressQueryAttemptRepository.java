package org.example.gov.cases.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wrong query codes per case number (V7__progress_query_lockout.sql); each statement is atomic on its own. */
@Repository
public class ProgressQueryAttemptRepository {

    private final JdbcClient jdbc;

    ProgressQueryAttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Wrong codes counted for a case number, and its lock (null when none was ever set). */
    public record Attempts(int failures, Instant lockedUntil) {
    }

    /** Empty when no wrong code was counted for the number (the usual case: one primary-key read). */
    public Optional<Attempts> find(String caseNumber) {
        return jdbc.sql("SELECT failures, locked_until FROM progress_query_attempt WHERE case_number = :n")
                .param("n", caseNumber)
                .query((rs, i) -> new Attempts(rs.getInt("failures"),
                        rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()))
                .optional();
    }

    /**
     * Counts a wrong code (failures older than {@code windowStart} are forgotten) and locks the number once the count
     * reaches {@code maxFailures}, starting a fresh count. Concurrent failures on several replicas all count.
     */
    public void recordFailure(String caseNumber, Instant now, Instant windowStart, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                INSERT INTO progress_query_attempt (case_number, failures, last_failure_at) VALUES (:n, 1, :now)
                ON DUPLICATE KEY UPDATE failures = IF(last_failure_at < :windowStart, 1, failures + 1), last_failure_at = :now""")
                .param("n", caseNumber).param("now", Timestamp.from(now)).param("windowStart", Timestamp.from(windowStart))
                .update();
        jdbc.sql("""
                UPDATE progress_query_attempt SET locked_until = :until, failures = 0
                WHERE case_number = :n AND failures >= :max""")
                .param("n", caseNumber).param("until", Timestamp.from(lockUntil)).param("max", maxFailures).update();
    }

    /** The right code: the count starts again (a lock in force stays). */
    public void clearFailures(String caseNumber, Instant now) {
        jdbc.sql("DELETE FROM progress_query_attempt WHERE case_number = :n AND (locked_until IS NULL OR locked_until <= :now)")
                .param("n", caseNumber).param("now", Timestamp.from(now)).update();
    }

    /** Forgets numbers nobody has guessed since {@code before} and whose lock is over. */
    public int purge(Instant before, Instant now) {
        return jdbc.sql("""
                DELETE FROM progress_query_attempt
                WHERE last_failure_at < :before AND (locked_until IS NULL OR locked_until < :now)""")
                .param("before", Timestamp.from(before)).param("now", Timestamp.from(now)).update();
    }
}
