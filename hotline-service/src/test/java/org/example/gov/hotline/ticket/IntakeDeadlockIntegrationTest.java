package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two new callers at once whose phones' blind indexes fall in the same gap of ix_ticket_caller_matter: each intake's
 * repeat-call check locks that gap, then each inserts into it, and InnoDB rolls one of them back as a deadlock. The
 * agent on the phone must not get an error for it: the rolled-back intake is run again (DeadlockRetry).
 */
class IntakeDeadlockIntegrationTest extends HotlineIntegrationTest {

    @Autowired
    CallerCipher callers;

    @Autowired
    DataSource dataSource;

    @Test
    void twoNewCallersWhoseIntakesDeadlockAreBothRecorded() throws Exception {
        List<String> phones = twoPhonesInOneGap();
        long tickets = countTickets();
        long deadlocks = deadlocks();

        List<CompletableFuture<ApiClient.Response>> intakes = new ArrayList<>();
        try (Connection gate = dataSource.getConnection()) {
            // the gate holds the same gap, so both intakes reach their insert and wait there before either can finish
            gate.setAutoCommit(false);
            try (PreparedStatement lock = gate.prepareStatement(
                    "SELECT id FROM ticket WHERE caller_phone_index = ? AND category_code = '010102' FOR UPDATE")) {
                lock.setString(1, callers.indexOf(PhoneNumber.of(phones.get(0))));
                lock.executeQuery().close();
            }
            for (int i = 0; i < 2; i++) {
                String body = intake(phones.get(i), i);
                intakes.add(CompletableFuture.supplyAsync(() -> api.post("/api/hotline/tickets", agent, body)));
            }
            // both past their repeat-call check (each holding the gap) and waiting at their insert
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    SELECT COUNT(*) FROM information_schema.INNODB_TRX
                    WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE 'INSERT INTO ticket %'""")
                    .query(Long.class).single() == 2);
            gate.rollback(); // now each waits for the other's gap lock: a deadlock, one of them rolled back
        }

        for (CompletableFuture<ApiClient.Response> intake : intakes) {
            ApiClient.Response response = intake.get();
            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_history WHERE ticket_id = :id")
                    .param("id", response.text("id")).query(Long.class).single()).as("one intake, recorded once")
                    .isEqualTo(1);
        }
        assertThat(countTickets()).isEqualTo(tickets + 2);
        assertThat(deadlocks()).as("the database did choose a victim").isGreaterThan(deadlocks);
    }

    /** Two mobile numbers whose blind indexes have no stored ticket's between them: their searches lock one gap. */
    private List<String> twoPhonesInOneGap() {
        List<String> stored = jdbc.sql("SELECT DISTINCT caller_phone_index FROM ticket").query(String.class).list();
        while (true) {
            TreeMap<String, String> byIndex = new TreeMap<>();
            stored.forEach(index -> byIndex.put(index, null));
            for (int i = 0; i < 500; i++) {
                String phone = "137" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
                byIndex.putIfAbsent(callers.indexOf(PhoneNumber.of(phone)), phone);
            }
            String previous = null;
            for (String phone : byIndex.values()) {
                if (phone != null && previous != null) {
                    return List.of(previous, phone);
                }
                previous = phone;
            }
        }
    }

    private long deadlocks() {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'").query((rs, n) -> rs.getLong(2)).single();
    }

    /** A complaint at its own address (no nearby-duplicate suggestion between the two). */
    private static String intake(String phone, int building) {
        return """
                {"channel":"PHONE","type":"COMPLAINT","categoryCode":"010102",
                 "location":{"region":"440304","address":"福田区莲花街道某小区 %d 栋 1201"},
                 "description":"楼上住户卫生间漏水，物业不处理","caller":{"name":"欧阳娜娜","phone":"%s"}}"""
                .formatted(70 + building, phone);
    }
}
