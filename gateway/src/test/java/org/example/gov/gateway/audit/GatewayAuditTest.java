package org.example.gov.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.example.gov.gateway.FakeService;
import org.example.gov.gateway.TestKeys;
import org.example.gov.gateway.store.GatewaySchema;
import org.example.gov.gateway.web.RequestIdFilter;
import org.example.gov.platform.audit.AuditSchedule;
import org.example.gov.testsupport.PartnerSigner;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's own refusals in its SM3-chained audit trail (schema "gateway" on the shared MariaDB): no token, a bad
 * token, a replayed or stale partner request, a role it lacks; each entry chained with its kind, reason, method, path
 * without the query and the client address, never the token, the signature or the nonce. Supervisors verify the chain
 * at /api/gateway/audit, which names an altered entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "RATE_LIMIT_ENABLED=false"})
class GatewayAuditTest {

    static final FakeService backend = new FakeService();
    static final TestKeys keys = TestKeys.shared();
    static final String SECRET = "audit-test-secret-0123456789abcdef";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("CASE_URL", backend::url);
        registry.add("JWT_PUBLIC_KEY_LOCATION", keys::publicKeyLocation);
        registry.add("DB_PORT", () -> Integer.toString(SharedInfrastructure.mariaDb().port()));
        registry.add("platform.partners.partner-audit.keys[0].id", () -> "audit-key");
        registry.add("platform.partners.partner-audit.keys[0].scheme", () -> "HMAC-SHA256");
        registry.add("platform.partners.partner-audit.keys[0].secret", () -> SECRET);
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditSchedule schedule;

    @Autowired
    GatewaySchema schema;

    @Autowired
    JdbcClient jdbc;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
        await().atMost(Duration.ofSeconds(30)).until(schema::isMigrated);
    }

    @Test
    void aRequestWithoutATokenIsChainedWithItsReasonAndWithoutItsQuery() {
        String path = "/api/cases/" + UUID.randomUUID();
        String requestId = client.get().uri(path + "?applicantIdNumber=11010519491231002X").exchange()
                .expectStatus().isUnauthorized().returnResult(Void.class).getResponseHeaders()
                .getFirst(RequestIdFilter.HEADER);

        Map<String, Object> entry = chained("GET " + path);

        assertThat(entry).containsEntry("kind", "UNAUTHENTICATED").containsEntry("outcome", "401")
                .containsEntry("detail", GatewayAudit.TOKEN_MISSING).containsEntry("client_address", "127.0.0.1")
                .containsEntry("request_id", requestId);
        assertThat(entry.get("actor_id")).isNull();
        assertThat(entry.values().toString()).doesNotContain("applicantIdNumber").doesNotContain("1101051949");
    }

    @Test
    void aBadTokenIsChainedWithoutTheToken() {
        String path = "/api/cases/" + UUID.randomUUID();
        String valid = keys.mint("clerk-bad-token", "CLERK");
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + forged).exchange()
                .expectStatus().isUnauthorized();

        Map<String, Object> entry = chained("GET " + path);

        assertThat(entry).containsEntry("kind", "UNAUTHENTICATED").containsEntry("detail", GatewayAudit.TOKEN_INVALID);
        assertThat(entry.get("actor_id")).as("an invalid token names nobody").isNull();
        assertNoSecrets(entry, forged, forged.substring(forged.lastIndexOf('.') + 1), forged.substring(0, forged.indexOf('.')));
    }

    @Test
    void aReplayedAndAStalePartnerRequestAreChainedWithThePartnerAndTheReason() {
        String partner = "Bearer " + keys.mint("partner-audit", "PARTNER");
        String replayed = "/api/partner/cases/" + UUID.randomUUID();
        PartnerSigner.SignedHeaders signed = PartnerSigner.sign("GET", replayed, null, "audit-key",
                PartnerSigner.HMAC_SHA256, SECRET);
        client.get().uri(replayed).header(HttpHeaders.AUTHORIZATION, partner).headers(h -> add(h, signed.toArray()))
                .exchange().expectStatus().isOk();
        client.get().uri(replayed).header(HttpHeaders.AUTHORIZATION, partner).headers(h -> add(h, signed.toArray()))
                .exchange().expectStatus().isUnauthorized();
        String stale = "/api/partner/cases/" + UUID.randomUUID();
        PartnerSigner.SignedHeaders old = PartnerSigner.sign("GET", stale, null, "audit-key", PartnerSigner.HMAC_SHA256,
                SECRET, Instant.now().minus(Duration.ofMinutes(6)), PartnerSigner.newNonce());
        client.get().uri(stale).header(HttpHeaders.AUTHORIZATION, partner).headers(h -> add(h, old.toArray()))
                .exchange().expectStatus().isUnauthorized();

        Map<String, Object> replay = chained("GET " + replayed);
        assertThat(replay).containsEntry("kind", "UNAUTHENTICATED").containsEntry("outcome", "401")
                .containsEntry("detail", "PARTNER_NONCE_REUSED").containsEntry("actor_id", "partner-audit")
                .containsEntry("actor_roles", "PARTNER");
        assertNoSecrets(replay, partner.substring(7), signed.signature(), signed.nonce());
        assertThat(chained("GET " + stale)).containsEntry("detail", "PARTNER_REQUEST_EXPIRED")
                .containsEntry("actor_id", "partner-audit");
    }

    @Test
    void aMissingRoleIsChainedAsAccessDeniedWithWhoAsked() {
        String clerk = keys.mint("clerk-audit", "CLERK");
        client.get().uri("/api/gateway/audit/verification").header(HttpHeaders.AUTHORIZATION, "Bearer " + clerk)
                .exchange().expectStatus().isForbidden();
        String partnerPath = "/api/partner/cases/" + UUID.randomUUID();
        client.get().uri(partnerPath).header(HttpHeaders.AUTHORIZATION, "Bearer " + clerk).exchange()
                .expectStatus().isForbidden();

        assertThat(chained("GET /api/gateway/audit/verification")).containsEntry("kind", "ACCESS_DENIED")
                .containsEntry("outcome", "403").containsEntry("actor_id", "clerk-audit")
                .containsEntry("actor_region", "440300");
        assertThat(chained("GET " + partnerPath)).containsEntry("kind", "ACCESS_DENIED")
                .containsEntry("detail", GatewayAudit.PARTNER_ROLE_REQUIRED);
        // the supervisor of the clerk's city finds it
        List<?> found = client.get().uri("/api/gateway/audit/entries?kind=ACCESS_DENIED&actorId=clerk-audit")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("supervisor-audit", "SUPERVISOR")).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(found).isNotEmpty();
        client.get().uri("/api/gateway/audit/entries?size=1000")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("supervisor-audit", "SUPERVISOR")).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void theVerificationIsIntactAndNamesAnAlteredEntry() {
        String path = "/api/cases/" + UUID.randomUUID();
        client.get().uri(path).exchange().expectStatus().isUnauthorized();
        long seq = ((Number) chained("GET " + path).get("seq")).longValue();
        String supervisor = "Bearer " + keys.mint("supervisor-audit", "SUPERVISOR");
        assertThat(verification(supervisor)).containsEntry("intact", true);

        jdbc.sql("UPDATE audit_log SET client_address = '198.51.100.1' WHERE seq = :seq").param("seq", seq).update();
        try {
            Map<String, Object> broken = verification(supervisor);
            assertThat(broken).containsEntry("intact", false);
            assertThat(((Number) broken.get("firstBrokenSeq")).longValue()).isEqualTo(seq);
            assertThat((String) broken.get("problem")).contains("content");
        } finally {
            // the other tests share this chain
            jdbc.sql("UPDATE audit_log SET client_address = '127.0.0.1' WHERE seq = :seq").param("seq", seq).update();
        }
        assertThat(verification(supervisor)).containsEntry("intact", true);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> verification(String supervisor) {
        return client.get().uri("/api/gateway/audit/verification").header(HttpHeaders.AUTHORIZATION, supervisor)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The newest chained entry of {@code action}: recording is asynchronous, chaining runs every second. */
    private Map<String, Object> chained(String action) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            schedule.chainNow();
            return jdbc.sql("SELECT * FROM audit_log WHERE action = :action ORDER BY seq DESC").param("action", action)
                    .query().listOfRows();
        }, rows -> !rows.isEmpty()).get(0);
    }

    private static void assertNoSecrets(Map<String, Object> entry, String... secrets) {
        String stored = entry.values().toString();
        assertThat(stored).doesNotContain("Bearer");
        for (String secret : secrets) {
            assertThat(stored).doesNotContain(secret);
        }
    }

    private static void add(HttpHeaders headers, String[] namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
    }
}
