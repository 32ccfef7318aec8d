package org.example.gov.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.example.gov.hotline.knowledge.KnowledgeService;
import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.BulkCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The work lists on a big city's year of tickets: {@code -Dbench.tickets=1000000} (skipped otherwise). The demo
 * tickets are copied in bulk up to that many ({@link BulkCopies}; copies older than a month closed), then each list is asked 200 times over HTTP after
 * 50 warm-up calls; prints BENCH lines with p50/p99. Run it alone: it leaves an empty ticket table behind.
 */
@EnabledIfSystemProperty(named = "bench.tickets", matches = "\\d+")
class TicketListBenchmarkIntegrationTest extends HotlineIntegrationTest {

    @Autowired
    DemoTicketSeeder seeder;

    @Autowired
    DataSource dataSource;

    @Autowired
    KnowledgeService knowledge;

    @AfterEach
    void empty() {
        jdbc.sql("TRUNCATE TABLE ticket_history").update();
        jdbc.sql("TRUNCATE TABLE ticket_assist").update();
        jdbc.sql("TRUNCATE TABLE ticket").update();
    }

    @Test
    void workListsOnAYearOfTickets() throws Exception {
        long target = Long.parseLong(System.getProperty("bench.tickets"));
        seeder.seed(2000);
        long start = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            BulkCopies.fill(db, "ticket", "ticket_number", "RB", target, 365, total -> { });
        }
        // as at a real centre, a copy moved back more than a month is finished (bench/HotlineTicketLoader does the same)
        jdbc.sql("""
                UPDATE ticket SET status = 'CLOSED', closed_at = COALESCE(due_at, received_at + INTERVAL 1 DAY)
                WHERE ticket_number LIKE 'RB%' AND status NOT IN ('CLOSED', 'EMERGENCY_HANDED_OFF')
                  AND received_at < NOW() - INTERVAL 30 DAY""").update();
        System.out.printf("BENCH load %,d tickets in %.0f s%n", target, (System.nanoTime() - start) / 1e9);

        Map<String, String[]> lists = new LinkedHashMap<>();
        lists.put("supervisor, newest", new String[] {supervisor, "/api/hotline/tickets?size=20"});
        lists.put("supervisor, overdue", new String[] {supervisor, "/api/hotline/tickets?size=20&overdue=true"});
        lists.put("supervisor, HANDLING", new String[] {supervisor, "/api/hotline/tickets?size=20&status=HANDLING"});
        lists.put("supervisor, page 40", new String[] {supervisor, "/api/hotline/tickets?size=20&page=40"});
        lists.put("supervisor, sensitive", new String[] {supervisor, "/api/hotline/tickets?size=20&sensitive=true"});
        lists.put("centre, RECEIVED", new String[] {agent, "/api/hotline/tickets?size=20&status=RECEIVED"});
        lists.put("department, newest", new String[] {handler, "/api/hotline/tickets?size=20"});
        for (Map.Entry<String, String[]> list : lists.entrySet()) {
            String token = list.getValue()[0];
            String path = list.getValue()[1];
            for (int i = 0; i < 50; i++) {
                api.get(path, token).expect(200);
            }
            long[] micros = new long[200];
            for (int i = 0; i < micros.length; i++) {
                long t0 = System.nanoTime();
                api.get(path, token).expect(200);
                micros[i] = (System.nanoTime() - t0) / 1000;
            }
            Arrays.sort(micros);
            long total = api.get(path, token).expect(200).body().path("totalElements").asLong();
            System.out.printf("BENCH %-22s p50 %6.1f ms  p99 %6.1f ms  (totalElements %d)%n", list.getKey(),
                    micros[99] / 1000.0, micros[197] / 1000.0, total);
            assertThat(total).isPositive();
        }
    }
}
