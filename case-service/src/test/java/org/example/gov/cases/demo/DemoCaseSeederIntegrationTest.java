package org.example.gov.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.example.gov.cases.casefile.CaseStatus;
import org.example.gov.cases.support.CaseIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The local run's demo cases, seeded on Thu 2025-11-20 15:00 over the stub catalogue (5 listed items: 承诺件 with
 * and without extension, 即办件) and the official calendar (so the past two months include the National Day week).
 * The seeded cases are removed afterwards: other tests share this database.
 */
class DemoCaseSeederIntegrationTest extends CaseIntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    DemoCaseSeeder seeder;

    @Autowired
    DemoCatalogClient catalog;

    private final List<String> seeded = new ArrayList<>();

    @Test
    void seedsEveryStatusWithRealisticHistoryAndWarningsOnceOnly() {
        listPublishedItems();
        clock.set(TODAY, LocalTime.of(15, 0));

        List<DemoItem> items = catalog.publishedItems();
        assertThat(items).hasSize(5);
        assertThat(items).anyMatch(i -> i.item().instant()).anyMatch(DemoItem::extensible)
                .anyMatch(i -> !i.item().instant() && !i.extensible());
        assertThat(items.stream().filter(i -> i.item().itemId().equals("demo-licence-1")).findFirst().orElseThrow()
                .materials()).containsExactly("食品经营许可申请书", "营业执照");

        DemoCaseSeeder.Result result = seeder.seed(items);
        seeded.addAll(result.caseIds());

        assertThat(result.failed()).as("every story follows the rules").isZero();
        assertThat(result.seeded()).isEqualTo(DemoScenarios.total()).isBetween(250, 400);
        assertThat(result.byStatus().keySet()).containsExactlyInAnyOrder(CaseStatus.values());
        assertThat(statusesInDatabase()).containsExactlyInAnyOrder(Arrays.stream(CaseStatus.values()).map(Enum::name)
                .toArray(String[]::new));

        // deadline supervision: every kind of warning, raised by the scan at the end of seeding
        Map<String, Long> warnings = count("SELECT kind, COUNT(*) n FROM case_warning WHERE case_id IN (:ids) GROUP BY kind");
        assertThat(warnings.keySet()).containsExactlyInAnyOrder("OVERDUE", "DUE_TODAY", "APPROACHING", "NOT_ACCEPTED",
                "PRE_REVIEW_LATE");
        assertThat(warnings.get("OVERDUE")).isGreaterThanOrEqualTo(10);
        assertThat(result.warnings()).isGreaterThanOrEqualTo((int) warnings.values().stream().mapToLong(Long::longValue).sum());

        // spread over the past two months, all acts in the past, on the service's own dates
        Instant earliest = single("SELECT MIN(submitted_at) FROM case_file WHERE id IN (:ids)", Timestamp.class).toInstant();
        Instant latest = single("SELECT MAX(at) FROM case_history WHERE case_id IN (:ids)", Timestamp.class).toInstant();
        assertThat(LocalDate.ofInstant(earliest, SHANGHAI)).isBetween(TODAY.minusDays(80), TODAY.minusDays(45));
        assertThat(latest).isBeforeOrEqualTo(clock.instant());
        assertThat(single("SELECT COUNT(*) FROM case_history h JOIN case_history p ON p.case_id = h.case_id"
                + " AND p.seq < h.seq AND p.at > h.at WHERE h.case_id IN (:ids)", Long.class))
                .as("history in time order").isZero();

        // closed early, on the due date and late; 即办件 the same day; the three delivery methods; refusals with reasons
        Map<String, Long> closed = new java.util.HashMap<>();
        jdbc.sql("SELECT instant, decided_at, due_date FROM case_file WHERE id IN (:ids) AND status = 'CLOSED'")
                .param("ids", seeded).query(rs -> {
                    LocalDate decided = LocalDate.ofInstant(rs.getTimestamp("decided_at").toInstant(), SHANGHAI);
                    LocalDate due = rs.getDate("due_date").toLocalDate();
                    String kind = rs.getBoolean("instant") ? "INSTANT_SAME_DAY" : decided.isBefore(due) ? "EARLY"
                            : decided.equals(due) ? "ON_DUE_DATE" : "LATE";
                    closed.merge(kind, 1L, Long::sum);
                });
        assertThat(closed.keySet()).containsExactlyInAnyOrder("INSTANT_SAME_DAY", "EARLY", "ON_DUE_DATE", "LATE");
        assertThat(single("SELECT COUNT(*) FROM case_file WHERE id IN (:ids) AND instant AND status = 'CLOSED'"
                + " AND TIMESTAMPDIFF(HOUR, accepted_at, closed_at) >= 9", Long.class)).as("即办件 close the day they are accepted")
                .isZero();
        assertThat(count("SELECT delivery_method, COUNT(*) n FROM case_file WHERE id IN (:ids) AND delivery_method IS NOT NULL"
                + " GROUP BY delivery_method").keySet()).containsExactlyInAnyOrder("WINDOW_PICKUP", "COURIER", "E_LICENCE");
        assertThat(single("SELECT COUNT(*) FROM case_history WHERE case_id IN (:ids) AND action = 'DECIDE'"
                + " AND note LIKE 'REFUSED: %'", Long.class)).isGreaterThanOrEqualTo(10);
        assertThat(single("SELECT COUNT(*) FROM case_history WHERE case_id IN (:ids) AND action = 'NOT_ACCEPT'"
                + " AND note IS NOT NULL", Long.class)).isGreaterThanOrEqualTo(10);
        assertThat(single("SELECT COUNT(*) FROM case_file WHERE id IN (:ids) AND extended_days > 0", Long.class)).isPositive();
        assertThat(single("SELECT COUNT(*) FROM case_file WHERE id IN (:ids) AND paused_working_days > 0", Long.class))
                .isPositive();
        // 帮办代办: the clerk at the assistance window, for the applicant
        assertThat(single("SELECT COUNT(*) FROM case_history WHERE case_id IN (:ids) AND action = 'SUBMIT'"
                + " AND actor_role = 'CLERK' AND on_behalf_of IS NOT NULL AND location LIKE '%帮办代办%'", Long.class))
                .isGreaterThanOrEqualTo(10);
        // the demo users find their own cases, and there are outbox events for the history
        assertThat(count("SELECT applicant_id, COUNT(*) n FROM case_file WHERE id IN (:ids) GROUP BY applicant_id"))
                .containsKeys("applicant1", "applicant2", "enterprise1");
        assertThat(single("SELECT COUNT(*) FROM case_history h JOIN case_file c ON c.id = h.case_id"
                + " WHERE c.id IN (:ids) AND h.actor_id IN ('clerk1', 'approver1')", Long.class)).isPositive();

        // a second start: the table is no longer (nearly) empty, nothing is added
        long before = countCases();
        DemoCaseSeeder.Result again = seeder.seedIfNeeded();
        assertThat(again.seeded()).isZero();
        assertThat(again.skipped()).contains("cases already stored");
        assertThat(countCases()).isEqualTo(before);
    }

    @AfterEach
    void removeSeededCases() {
        if (seeded.isEmpty()) {
            return;
        }
        List<String> tables = jdbc.sql("""
                SELECT DISTINCT table_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND column_name = 'case_id'""").query(String.class).list();
        for (String table : tables) {
            jdbc.sql("DELETE FROM " + table + " WHERE case_id IN (:ids)").param("ids", seeded).update();
        }
        jdbc.sql("DELETE FROM case_file WHERE id IN (:ids)").param("ids", seeded).update();
        seeded.clear();
    }

    /** The stub's listing of published items (GET /api/catalog/items): ids the item endpoint knows how to answer. */
    private static void listPublishedItems() {
        try {
            CATALOG.route("/api/catalog/items", """
                    {"content":[
                      {"id":"demo-licence-1","guide":{"materials":[{"name":"食品经营许可申请书"},{"name":"营业执照"}]}},
                      {"id":"demo-licence-2"},{"id":"noext-demo-1"},{"id":"instant-demo-1"},{"id":"instant-demo-2"}],
                     "page":0,"size":100,"totalElements":5}""");
        } catch (IllegalArgumentException alreadyRouted) {
            // another test of this JVM registered it
        }
    }

    private List<String> statusesInDatabase() {
        return jdbc.sql("SELECT DISTINCT status FROM case_file WHERE id IN (:ids)").param("ids", seeded)
                .query(String.class).list();
    }

    private Map<String, Long> count(String sql) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql(sql).param("ids", seeded).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private <T> T single(String sql, Class<T> type) {
        return jdbc.sql(sql).param("ids", seeded).query(type).single();
    }
}
