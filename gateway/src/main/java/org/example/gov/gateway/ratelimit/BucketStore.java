package org.example.gov.gateway.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.example.gov.gateway.store.BatchedDelete;

/**
 * The token buckets every gateway replica shares, one row per quota in MySQL 8.4 / MariaDB 11.4 (blocking JDBC:
 * callers run it off the event loop). Each bucket is a GCRA cell: {@code tat} is when the bucket would be full again;
 * taking {@code g} permits moves it {@code g} intervals on, and at most {@code burst} intervals past now.
 * <p>
 * {@link #take} is ONE statement and one round trip: an {@code INSERT ... ON DUPLICATE KEY UPDATE} that computes the
 * grant under the row lock and hands it back through {@code LAST_INSERT_ID(expr)}, which both servers report in the
 * OK packet, read as the statement's generated key; no transaction, no second SELECT. Time is the
 * caller's clock (replicas are NTP-synchronised; a skew of a few ms is small next to a 50 ms interval).
 */
public class BucketStore {

    /*
     * VALUES: a new row starts full and hands out min(wanted, burst) at once. ON DUPLICATE KEY UPDATE (the columns
     * are the stored row): grant = clamp((now + burst*T - max(tat, now)) DIV T, 0, wanted); tat = max(tat, now) + grant*T.
     * The VALUES' LAST_INSERT_ID runs first, the update's second: the OK packet carries the grant in both cases.
     */
    private static final String TAKE = """
            INSERT INTO rate_limit_bucket (limit_key, tat_micros) VALUES (?, ? + ? * LAST_INSERT_ID(?))
            ON DUPLICATE KEY UPDATE tat_micros = GREATEST(tat_micros, ?) + ? * LAST_INSERT_ID(
                LEAST(?, GREATEST(0, (? + ? - GREATEST(tat_micros, ?)) DIV ?)))""";

    private static final String PURGE = "DELETE FROM rate_limit_bucket WHERE tat_micros < ? LIMIT ?";

    private final DataSource dataSource;

    public BucketStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes up to {@code wanted} permits from a bucket.
     *
     * @param nowMicros the caller's time, epoch microseconds
     * @return how many were granted: {@code wanted}, fewer when the bucket is nearly empty, 0 when it is empty
     */
    public long take(String key, long nowMicros, long wanted, RateLimitProperties.Limit limit) throws SQLException {
        long interval = limit.intervalMicros();
        long capacity = Math.multiplyExact(limit.burst(), interval);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(TAKE, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, key);
            statement.setLong(2, nowMicros);
            statement.setLong(3, interval);
            statement.setLong(4, Math.min(wanted, limit.burst()));
            statement.setLong(5, nowMicros);
            statement.setLong(6, interval);
            statement.setLong(7, wanted);
            statement.setLong(8, nowMicros);
            statement.setLong(9, capacity);
            statement.setLong(10, nowMicros);
            statement.setLong(11, interval);
            statement.executeUpdate();
            try (ResultSet grant = statement.getGeneratedKeys()) {
                // the driver reports no key when the id is 0: nothing granted
                return grant.next() ? grant.getLong(1) : 0;
            }
        }
    }

    /**
     * Deletes buckets that have been full (unused) since before {@code olderThanMicros}: a missing row means a full
     * bucket, so this changes no decision. In batches, so no statement holds many row locks.
     *
     * @return rows deleted
     */
    public long purge(long olderThanMicros) throws SQLException {
        return BatchedDelete.run(dataSource, PURGE, olderThanMicros);
    }
}
