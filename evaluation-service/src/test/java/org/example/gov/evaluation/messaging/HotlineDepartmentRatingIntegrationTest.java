package org.example.gov.evaluation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.junit.jupiter.api.Test;

/**
 * 12345 call-backs about tickets not about a case (gov.hotline.department-rated.v1, channel 热线): a rating of the lead
 * department, once per call-back; a 不满意 one opens a rectification with its deadline, like every other channel.
 */
class HotlineDepartmentRatingIntegrationTest extends EventFlowTest {

    static final String EXAMPLE_TICKET = "5b0c6a2e-3f4d-4c1e-9a8b-7d6e5f4a3b2c";
    static final String EXAMPLE_CALLBACK = "3c6e0b8a-9c0b-4f4e-a1d2-7e5f6a7b8c9d";

    @Test
    void anUnsatisfiedCallBackBecomesABadReviewOfTheDepartmentWithItsRectificationOnceHoweverOftenItArrives() {
        String ticketId = UUID.randomUUID().toString();
        String callbackId = UUID.randomUUID().toString();
        String rated = Contracts.example("gov.hotline.department-rated.v1").replace(EXAMPLE_TICKET, ticketId)
                .replace(EXAMPLE_CALLBACK, callbackId);
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.hotline.events", ticketId, eventId, "gov.hotline.department-rated.v1", rated);
        EventProbe.publish(bootstrap, "gov.hotline.events", ticketId, eventId, "gov.hotline.department-rated.v1", rated);
        // the same call-back under another event id (a relay after a crash): still one rating
        String marker = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.hotline.events", ticketId, marker, "gov.hotline.department-rated.v1", rated);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT COUNT(*) FROM processed_event WHERE event_id = :p", marker) == 1);
        assertThat(jdbc.sql("""
                SELECT channel, source, stage, level, department, region, case_number, rater_id FROM rating
                WHERE case_id = :c""").param("c", ticketId)
                .query((rs, n) -> String.join("/", rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getInt(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8))).list())
                .containsExactly("HOTLINE/HOTLINE_TICKET/TICKET/2/市住房和建设局/440300/RX20250926-K7Q2M9XA/12345:RX20250926-K7Q2M9XA");
        assertThat(jdbc.sql("""
                SELECT t.department, t.channel, t.due_date IS NOT NULL FROM rectification_ticket t
                JOIN rating r ON r.id = t.rating_id WHERE r.case_id = :c""").param("c", ticketId)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getBoolean(3)).list())
                .containsExactly("市住房和建设局/HOTLINE/true");

        EventProbe.await(bootstrap, "gov.evaluation.events",
                e -> ticketId.equals(e.key()) && "gov.evaluation.rating-submitted.v1".equals(e.type()),
                Duration.ofSeconds(20)).forEach(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void anUnsatisfiedCallBackOfTheCasesOwnApplicantIsTheCasesBadReviewWithItsRectification() {
        // what hotline-service publishes for a ticket filed online by the case's applicant: callback-rated.v1 with the
        // additive ticket fields
        String caseId = UUID.randomUUID().toString();
        String callback = Contracts.example("gov.hotline.callback-rated.v1")
                .replace(ReceiptAndHotlineIntegrationTest.EXAMPLE_CASE, caseId)
                .replace(EXAMPLE_CALLBACK, UUID.randomUUID().toString())
                .replace("\"level\":4", "\"level\":2")
                .replace("2025-10-12T06:00:00Z", java.time.Instant.now().toString())
                .replaceFirst("\\{", "{\"ticketId\":\"" + UUID.randomUUID() + "\",\"ticketNumber\":\"RX20251012-ABCDEFGH\",");
        Contracts.assertValid("gov.hotline.callback-rated.v1", callback);
        String marker = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.hotline.events", caseId, marker, "gov.hotline.callback-rated.v1", callback);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT COUNT(*) FROM processed_event WHERE event_id = :p", marker) == 1);
        assertThat(count("SELECT COUNT(*) FROM rating WHERE case_id = :p AND level = 2 AND channel = 'HOTLINE'", caseId))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM rectification_ticket WHERE case_id = :p AND due_date IS NOT NULL", caseId))
                .isEqualTo(1);
    }

    @Test
    void aSatisfiedCallBackIsARatingWithoutRectification() {
        String ticketId = UUID.randomUUID().toString();
        String rated = Contracts.example("gov.hotline.department-rated.v1").replace(EXAMPLE_TICKET, ticketId)
                .replace(EXAMPLE_CALLBACK, UUID.randomUUID().toString())
                .replace("\"result\":\"UNSATISFIED\"", "\"result\":\"SATISFIED\"").replace("\"level\":2", "\"level\":4");
        String marker = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.hotline.events", ticketId, marker, "gov.hotline.department-rated.v1", rated);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT COUNT(*) FROM processed_event WHERE event_id = :p", marker) == 1);
        assertThat(count("SELECT COUNT(*) FROM rating WHERE case_id = :p AND level = 4", ticketId)).isEqualTo(1);
        assertThat(count("""
                SELECT COUNT(*) FROM rectification_ticket t JOIN rating r ON r.id = t.rating_id WHERE r.case_id = :p""",
                ticketId)).isZero();
    }

    @Test
    void aDepartmentRatingNotFromTheHotlineIsNotRecorded() {
        String ticketId = UUID.randomUUID().toString();
        String rated = Contracts.example("gov.hotline.department-rated.v1").replace(EXAMPLE_TICKET, ticketId)
                .replace(EXAMPLE_CALLBACK, UUID.randomUUID().toString());
        // published as if by case-service: untrusted source → dead letter, nothing recorded
        EventProbe.publish(bootstrap, "gov.hotline.events", ticketId, UUID.randomUUID().toString(),
                "gov.hotline.department-rated.v1", rated, "/gov/case-service");
        assertThat(EventProbe.await(bootstrap, "gov.hotline.events.DLT", e -> ticketId.equals(e.key()),
                Duration.ofSeconds(30))).isNotEmpty();
        assertThat(count("SELECT COUNT(*) FROM rating WHERE case_id = :p", ticketId)).isZero();
    }

    private long count(String sql, String param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }
}
