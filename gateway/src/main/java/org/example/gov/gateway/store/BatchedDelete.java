package org.example.gov.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Runs a {@code DELETE ... WHERE <column> < ? LIMIT ?} until it deletes less than a batch, so no statement holds
 * many row locks: how the gateway's stores forget old rows.
 */
public final class BatchedDelete {

    static final int BATCH = 1000;

    private BatchedDelete() {
    }

    /** @return rows deleted */
    public static long run(DataSource dataSource, String sql, long bound) throws SQLException {
        long deleted = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, bound);
            statement.setInt(2, BATCH);
            int rows;
            do {
                rows = statement.executeUpdate();
                deleted += rows;
            } while (rows == BATCH);
        }
        return deleted;
    }
}
