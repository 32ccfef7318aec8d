package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.example.gov.platform.audit.AuditChainRepair;
import org.example.gov.platform.audit.AuditSchedule;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.security.Actor;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The SM3-chained audit trail: refusals are recorded, entries are chained in order, the verification names the
 * first altered or deleted entry, and the purge removes only whole verified segments past the retention.
 */
@PlatformIntegrationTest
class AuditTrailIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditSchedule schedule;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String supervisor;
    final Actor clerk = new Actor("clerk-audit", "王窗口", Set.of("CLERK"), "440300", "市政务服务数据管理局");

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        supervisor = TestTokens.shared().mint("supervisor1", "440300", null, "SUPERVISOR");
        schedule.chainNow();
        AuditChainRepair.reset(jdbc); // each test starts from an empty, intact chain
    }

    @Test
    void aRefusedRequestIsRecordedWithWhoAndFromWhere() {
        String applicant = TestTokens.shared().mint("applicant-audit", "440300", null, "APPLICANT");
        api.send("GET", "/api/test/clerk-only", applicant, null, "X-Forwarded-For", "203.0.113.7").expect(403);
        api.get("/api/test/clerk-only", null).expect(401);
        schedule.chainNow();

        JsonNode denied = api.get("/api/test/audit/entries?kind=ACCESS_DENIED&actorId=applicant-audit", supervisor)
                .expect(200).body();
        assertThat(denied.size()).isEqualTo(1);
        assertThat(denied.get(0).path("action").asString()).isEqualTo("GET /api/test/clerk-only");
        assertThat(denied.get(0).path("clientAddress").asString()).isEqualTo("203.0.113.7");
        assertThat(denied.get(0).path("actorRoles").asString()).isEqualTo("APPLICANT");
        String provincial = TestTokens.shared().mint("supervisor-gd", "440000", null, "SUPERVISOR");
        assertThat(api.get("/api/test/audit/entries?kind=UNAUTHENTICATED", provincial).expect(200).body().size())
                .as("calls without a token: provincial supervisors").isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/test/audit/entries?kind=UNAUTHENTICATED", supervisor).expect(200).body().size()).isZero();
        String guangzhou = TestTokens.shared().mint("supervisor-gz", "440100", null, "SUPERVISOR");
        assertThat(api.get("/api/test/audit/entries?actorId=applicant-audit", guangzhou).expect(200).body().size())
                .as("another city's supervisor does not see 深圳's staff and applicants").isZero();
        assertThat(api.get("/api/test/audit/verification", applicant).status()).isEqualTo(403);
    }

    @Test
    void theChainVerifiesAndNamesTheFirstAlteredEntry() {
        for (int i = 0; i < 5; i++) {
            trail.staffAction(clerk, "case.accept", "case", "case-" + i);
        }
        schedule.chainNow();
        assertThat(verification().path("intact").asBoolean()).isTrue();
        long altered = jdbc.sql("SELECT seq FROM audit_log WHERE subject_id = 'case-2' ORDER BY seq DESC LIMIT 1")
                .query(Long.class).single();

        jdbc.sql("UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = :seq").param("seq", altered).update();

        JsonNode broken = verification();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("firstBrokenSeq").asLong()).isEqualTo(altered);
        assertThat(broken.path("problem").asString()).contains("content");
    }

    @Test
    void aDeletedEntryIsDetected() {
        for (int i = 0; i < 3; i++) {
            trail.staffAction(clerk, "case.decide", "case", "deleted-" + i);
        }
        schedule.chainNow();
        long deleted = jdbc.sql("SELECT seq FROM audit_log WHERE subject_id = 'deleted-1'").query(Long.class).single();

        jdbc.sql("DELETE FROM audit_log WHERE seq = :seq").param("seq", deleted).update();

        JsonNode broken = verification();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("firstBrokenSeq").asLong()).isEqualTo(deleted);
    }

    @Test
    void entriesRecordedConcurrentlyFormOneUnbrokenChain() throws Exception {
        Thread[] writers = new Thread[4];
        for (int w = 0; w < writers.length; w++) {
            int writer = w;
            writers[w] = Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 25; i++) {
                    trail.staffAction(clerk, "case.review-step", "case", "w" + writer + "-" + i);
                }
            });
        }
        for (Thread writer : writers) {
            writer.join();
        }
        // two chainers at once, as two replicas would run them
        Thread other = Thread.ofVirtual().start(schedule::chainNow);
        schedule.chainNow();
        other.join();

        assertThat(verification().path("intact").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_pending").query(Long.class).single()).isZero();
    }

    @Test
    void thePurgeRemovesOnlyVerifiedSegmentsPastTheRetentionAndTheRestStillVerifies() {
        trail.staffAction(clerk, "case.close", "case", "old-1");
        trail.staffAction(clerk, "case.close", "case", "old-2");
        trail.staffAction(clerk, "case.close", "case", "recent-1");
        schedule.chainNow();
        // back-date two entries past the retention, re-hashing them as if they had been written then
        backdate("old-1");
        backdate("old-2");

        long removed = schedule.purgeNow();

        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id LIKE 'old-%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = 'recent-1'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aSegmentThatDoesNotVerifyIsNeverPurged() {
        trail.staffAction(clerk, "case.close", "case", "evidence-1");
        schedule.chainNow();
        jdbc.sql("UPDATE audit_log SET occurred_at = :at, detail = 'tampered' WHERE subject_id = 'evidence-1'")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(400)))).update();

        schedule.purgeNow();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = 'evidence-1'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(verification().path("intact").asBoolean()).isFalse();
    }

    private JsonNode verification() {
        return api.get("/api/test/audit/verification", supervisor).expect(200).body();
    }

    /** Moves an entry 400 days back and re-links the chain from it on, as if it had been written then. */
    private void backdate(String subjectId) {
        jdbc.sql("UPDATE audit_log SET occurred_at = :at WHERE subject_id = :subject")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(400)).truncatedTo(ChronoUnit.MICROS)))
                .param("subject", subjectId).update();
        AuditChainRepair.rehash(jdbc);
    }
}
