package org.example.gov.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.example.gov.hotline.knowledge.KnowledgeService;
import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.hotline.ticket.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The local run's hotline demo: tickets in the states a centre sees, today's visible spike, the responsibility list of
 * about a hundred lines, an article per common consult and city; nothing seeded without the property, and nothing
 * again on a table that has tickets. The demo rows are removed afterwards (the other tests count on the minimal tree).
 */
class DemoTicketSeederIntegrationTest extends HotlineIntegrationTest {

    @Autowired
    DemoTicketSeeder seeder;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    ApplicationContext context;

    private List<String> articlesBefore;
    private long lastLineBefore;

    @BeforeEach
    void remember() {
        articlesBefore = jdbc.sql("SELECT id FROM article").query(String.class).list();
        lastLineBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM responsibility").query(Long.class).single();
    }

    @AfterEach
    void removeDemoRows() {
        jdbc.sql("DELETE FROM ticket_history").update();
        jdbc.sql("DELETE FROM ticket_assist").update();
        jdbc.sql("DELETE FROM ticket").update();
        jdbc.sql("DELETE FROM article_version WHERE article_id NOT IN (:kept)").param("kept", keep()).update();
        jdbc.sql("DELETE FROM article WHERE id NOT IN (:kept)").param("kept", keep()).update();
        jdbc.sql("DELETE FROM responsibility WHERE id > :last").param("last", lastLineBefore).update();
        for (int level = 3; level >= 1; level--) {
            jdbc.sql("DELETE FROM category WHERE level = :level AND code IN (:codes)").param("level", level)
                    .param("codes", DemoReference.EXTRA_CATEGORIES.stream().map(DemoReference.Node::code).toList())
                    .update();
        }
        knowledge.loadIndex();
    }

    private List<String> keep() {
        return articlesBefore.isEmpty() ? List.of("-") : articlesBefore;
    }

    @Test
    void seedsTicketsInTheStatesACentreSeesAndTodaysSpike() {
        assertThat(context.getBeansOfType(DemoTicketSeeding.class)).isEmpty(); // off unless demo-seed=true
        today("2025-11-20", "15:00");

        DemoTicketSeeder.Result result = seeder.seed(600);

        assertThat(result.failed()).as("stories the rules refused").isZero();
        assertThat(result.seeded()).isEqualTo(600 + DemoTicketSeeder.SPIKE);
        assertThat(result.byStatus().keySet()).contains(TicketStatus.RECEIVED, TicketStatus.DISPATCHED,
                TicketStatus.HANDLING, TicketStatus.REPLIED, TicketStatus.CLOSED, TicketStatus.EMERGENCY_HANDED_OFF);
        assertThat(result.articles()).isEqualTo(2 * DemoReference.ANSWERS.size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM responsibility").query(Long.class).single()).isGreaterThanOrEqualTo(90);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE closed_at IS NOT NULL AND details LIKE '%directAnswer%'")
                .query(Long.class).single()).as("consults answered from the knowledge base").isPositive();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM ticket WHERE category_code = :category AND region = '440305'
                   AND received_at >= :midnight""").param("category", Story.SPIKE_CATEGORY)
                .param("midnight", Timestamp.from(Instant.parse("2025-11-19T16:00:00Z"))) // 00:00 in Shenzhen
                .query(Long.class).single()).as("today's noise complaints in 南山").isGreaterThanOrEqualTo(DemoTicketSeeder.SPIKE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE overdue_flagged").query(Long.class).single())
                .as("late tickets flagged by the final supervision scan").isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_history").query(Long.class).single())
                .isGreaterThan(3L * result.seeded());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE caller_phone LIKE '1%'").query(Long.class).single())
                .as("callers encrypted like any other").isZero();

        assertThat(seeder.seedIfNeeded().skipped()).contains("tickets already stored");
    }
}
