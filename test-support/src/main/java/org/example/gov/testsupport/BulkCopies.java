package org.example.gov.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Fills a table up to N rows for a benchmark by copying the rows already there (real ones, written by the service
 * itself, so every copy is as readable as they are: encrypted columns stay valid ciphertext). Each copy gets a new
 * {@code id} (UUID), a new number in {@code numberColumn} ({@code prefix} + a counter), a zero row version, and all its
 * times moved back by {@code n % spreadDays} days, so the copies spread over that period in the states of their
 * originals. Columns are read from the schema, so the copier follows migrations; a column with its own unique index
 * gets NULL (or a suffixed copy when NOT NULL); generated columns are left to compute themselves. MariaDB only (it uses the sequence engine's {@code seq_1_to_N}).
 */
public final class BulkCopies {

    private static final int TEMPLATES = 1000;
    private static final int COPIES_PER_STATEMENT = 50;

    private BulkCopies() {
    }

    /**
     * Copies rows of {@code table} (those whose {@code numberColumn} does not start with {@code prefix}) until it holds
     * {@code target} rows; reports the running total to {@code progress}. @return the rows in the table afterwards
     */
    public static long fill(Connection db, String table, String numberColumn, String prefix, long target, int spreadDays,
            LongConsumer progress) throws SQLException {
        try (Statement sql = db.createStatement()) {
            long stored = count(sql, "SELECT COUNT(*) FROM " + table);
            long originals = Math.min(TEMPLATES, count(sql, "SELECT COUNT(*) FROM " + table + " WHERE " + numberColumn
                    + " NOT LIKE '" + prefix + "%'"));
            if (stored >= target) {
                return stored;
            }
            if (originals == 0) {
                throw new IllegalStateException("no row of " + table + " to copy");
            }
            long next = count(sql, "SELECT COUNT(*) FROM " + table + " WHERE " + numberColumn + " LIKE '" + prefix + "%'");
            List<String[]> columns = columns(sql, table);
            String names = String.join(", ", columns.stream().map(c -> c[0]).toList());
            String copies = String.join(", ", columns.stream().map(c -> expression(c, numberColumn, prefix, spreadDays))
                    .toList());
            while (stored < target) {
                long rows = Math.min(target - stored, originals * COPIES_PER_STATEMENT);
                // n: a counter unique over all copies (the original's rank within the statement's copy s.seq)
                int inserted = sql.executeUpdate("INSERT INTO " + table + " (" + names + ") SELECT " + copies + " FROM ("
                        + " SELECT x.*, " + next + " + (s.seq - 1) * " + originals + " + x.rn AS n"
                        + " FROM (SELECT o.*, ROW_NUMBER() OVER (ORDER BY o.id) AS rn FROM " + table + " o"
                        + "       WHERE o." + numberColumn + " NOT LIKE '" + prefix + "%' LIMIT " + originals + ") x"
                        + " JOIN seq_1_to_" + COPIES_PER_STATEMENT + " s) c LIMIT " + rows);
                stored += inserted;
                next += inserted;
                progress.accept(stored);
            }
            sql.execute("ANALYZE TABLE " + table);
            return stored;
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** name, data type, nullable ("YES"), unique ("Y" when the column has a unique index of its own). */
    private static List<String[]> columns(Statement sql, String table) throws SQLException {
        Set<String> unique = new HashSet<>();
        try (ResultSet rs = sql.executeQuery("SELECT column_name FROM information_schema.statistics"
                + " WHERE table_schema = DATABASE() AND table_name = '" + table + "' AND non_unique = 0")) {
            while (rs.next()) {
                unique.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("SELECT column_name, data_type, is_nullable FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = '" + table + "' AND COALESCE(generation_expression, '') = ''"
                + " ORDER BY ordinal_position")) { // generated columns compute themselves
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                columns.add(new String[] {name, rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(3),
                        unique.contains(name) ? "Y" : "N"});
            }
        }
        return columns;
    }

    private static String expression(String[] column, String numberColumn, String prefix, int spreadDays) {
        String name = column[0];
        String type = column[1];
        String c = "c." + name;
        if (name.equals("id")) {
            return "UUID()";
        }
        if (name.equals(numberColumn)) {
            return "CONCAT('" + prefix + "', LPAD(c.n, 10, '0'))";
        }
        if (name.equals("row_version")) {
            return "0";
        }
        if ("Y".equals(column[3])) {
            return "YES".equals(column[2]) ? "NULL" : "CONCAT(" + c + ", '-', c.n)";
        }
        boolean time = type.startsWith("timestamp") || type.startsWith("datetime") || type.equals("date");
        return time ? c + " - INTERVAL (c.n % " + spreadDays + ") DAY" : c;
    }
}
