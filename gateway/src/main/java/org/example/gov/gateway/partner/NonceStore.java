package org.example.gov.gateway.partner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import javax.sql.DataSource;

import org.example.gov.gateway.store.BatchedDelete;

/**
 * The nonces of signed partner requests every gateway replica shares (table {@code partner_nonce}; blocking JDBC,
 * callers run it off the event loop). One INSERT per request: the primary key (partner, nonce) decides, so two
 * replicas receiving the same request at the same moment cannot both accept it.
 */
public class NonceStore {

    private static final String REMEMBER = "INSERT INTO partner_nonce (partner_id, nonce, expires_at) VALUES (?, ?, ?)";
    private static final String PURGE = "DELETE FROM partner_nonce WHERE expires_at < ? LIMIT ?";
    /** MySQL's and MariaDB's ER_DUP_ENTRY */
    private static final int DUPLICATE_KEY = 1062;

    private final DataSource dataSource;

    public NonceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records a nonce.
     *
     * @param expiresAt epoch seconds after which no replica accepts the request's timestamp any more
     * @return true when it is new, false when this partner used it before
     * @throws SQLException the store is unavailable: the caller must refuse the request (fail closed)
     */
    public boolean remember(String partnerId, String nonce, long expiresAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(REMEMBER)) {
            statement.setString(1, partnerId);
            statement.setString(2, nonce);
            statement.setLong(3, expiresAt);
            statement.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Deletes nonces whose requests no replica would accept any more (their timestamp refuses a replay by itself), in
     * batches so no statement holds many row locks.
     *
     * @return rows deleted
     */
    public long purge(long nowEpochSeconds) throws SQLException {
        return BatchedDelete.run(dataSource, PURGE, nowEpochSeconds);
    }
}
