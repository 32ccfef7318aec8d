package org.example.gov.launcher.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.example.gov.testsupport.BulkCopies;

/**
 * Fills the local hotline schema up to N tickets (the benchmark size is one million) for the list
 * benchmarks of {@code bench/hotline.sh}: the tickets already there (the demo seed's, every state, callers encrypted
 * under the local key) are copied in bulk ({@link BulkCopies}: numbers {@code RB...}, a year of them). Copies have no
 * history rows and no assisting departments: the list queries under test read neither. Copies older than a month
 * are closed, as at a real centre.
 * <pre>HotlineTicketLoader [target=1000000] [jdbcUrl] [user] [password]</pre>
 */
public final class HotlineTicketLoader {

    private HotlineTicketLoader() {
    }

    public static void main(String[] args) throws SQLException {
        long target = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        String url = args.length > 1 ? args[1]
                : "jdbc:mysql://127.0.0.1:3307/hotline?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                        + "&sslMode=DISABLED&allowPublicKeyRetrieval=true";
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, args.length > 2 ? args[2] : "root",
                args.length > 3 ? args[3] : "")) {
            long stored = BulkCopies.fill(db, "ticket", "ticket_number", "RB", target, 365, total -> System.out
                    .printf("%,d tickets stored (%.0f s)%n", total, (System.nanoTime() - start) / 1e9));
            try (Statement sql = db.createStatement()) {
                // as at a real centre, a copy moved back more than a month is finished: the overdue list stays a list
                int closed = sql.executeUpdate("UPDATE ticket SET status = 'CLOSED',"
                        + " closed_at = COALESCE(due_at, received_at + INTERVAL 1 DAY) WHERE ticket_number LIKE 'RB%'"
                        + " AND status NOT IN ('CLOSED', 'EMERGENCY_HANDED_OFF') AND received_at < NOW() - INTERVAL 30 DAY");
                System.out.printf("%,d copies older than a month closed%n", closed);
            }
            System.out.printf("%,d tickets in the hotline schema%n", stored);
        }
    }
}
