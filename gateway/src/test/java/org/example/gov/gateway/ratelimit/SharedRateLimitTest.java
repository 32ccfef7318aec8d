package org.example.gov.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.example.gov.gateway.FakeService;
import org.example.gov.gateway.TestKeys;
import org.example.gov.testsupport.EmbeddedMariaDb;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two gateway replicas sharing one MariaDB schema (the quotas' store) in front of a stub service. The quotas are tiny
 * and refill slowly (one permit a minute) so every count is exact: users 10, anonymous addresses 8, partners 30.
 */
class SharedRateLimitTest {

    static final FakeService backend = new FakeService();
    static final TestKeys keys = TestKeys.shared();
    static final JsonMapper json = JsonMapper.builder().build();
    static final GatewayReplicas replicas = new GatewayReplicas();
    static final String PARTNER_SECRET = "gx-limits-test-secret-0123456789abcdef";
    static final String GUARANTOR_SECRET = "g1-limits-test-secret-0123456789abcdef";
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoReplicas() {
        EmbeddedMariaDb db = SharedInfrastructure.mariaDb();
        Map<String, String> settings = settings();
        settings.put("DB_PORT", Integer.toString(db.port()));
        a = replicas.start(settings);
        b = replicas.start(settings);
    }

    static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("CASE_URL", backend.url());
        settings.put("CATALOG_URL", backend.url());
        settings.put("TRADING_URL", backend.url());
        settings.put("JWT_PUBLIC_KEY_LOCATION", keys.publicKeyLocation());
        settings.put("DB_HOST", "127.0.0.1");
        settings.put("RATE_LIMIT_USER_REQUESTS", "1");
        settings.put("RATE_LIMIT_USER_PER", "1m");
        settings.put("RATE_LIMIT_USER_BURST", "10");
        settings.put("RATE_LIMIT_ADDRESS_REQUESTS", "1");
        settings.put("RATE_LIMIT_ADDRESS_PER", "1m");
        settings.put("RATE_LIMIT_ADDRESS_BURST", "8");
        settings.put("RATE_LIMIT_PARTNER_REQUESTS", "1");
        settings.put("RATE_LIMIT_PARTNER_PER", "1m");
        settings.put("RATE_LIMIT_PARTNER_BURST", "30");
        settings.put("RATE_LIMIT_GUARANTOR_REQUESTS", "1");
        settings.put("RATE_LIMIT_GUARANTOR_PER", "1m");
        settings.put("RATE_LIMIT_GUARANTOR_BURST", "20");
        // the test client stands in for an ingress: the last X-Forwarded-For entry is the client's address
        settings.put("RATE_LIMIT_TRUSTED_PROXIES", "1");
        // partner calls must be signed (issue 12)
        settings.put("platform.partners.partner-gx.keys[0].id", "gx-limits");
        settings.put("platform.partners.partner-gx.keys[0].scheme", "HMAC-SHA256");
        settings.put("platform.partners.partner-gx.keys[0].secret", PARTNER_SECRET);
        // and so must guarantor calls (issue 14), with a key of the guarantors' own ring
        settings.put("platform.guarantors.guarantor1.keys[0].id", "g1-limits");
        settings.put("platform.guarantors.guarantor1.keys[0].scheme", "HMAC-SHA256");
        settings.put("platform.guarantors.guarantor1.keys[0].secret", GUARANTOR_SECRET);
        return settings;
    }

    @AfterAll
    static void stop() {
        replicas.close();
        backend.close();
    }

    @Test
    void aBurstSpreadOverBothReplicasIsLimitedByTheSharedQuotaWhileAnotherUserIsServed() {
        String burst = "Bearer " + keys.mint("burst-user", "APPLICANT");
        String other = "Bearer " + keys.mint("other-user", "APPLICANT");
        List<HttpResponse<String>> answers = new ArrayList<>();
        Map<Integer, Integer> servedBy = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            ConfigurableApplicationContext replica = i % 2 == 0 ? a : b;
            HttpResponse<String> answer = replicas.get(replica, "/api/cases/" + i, "Authorization", burst);
            answers.add(answer);
            if (answer.statusCode() == 200) {
                servedBy.merge(i % 2, 1, Integer::sum);
            }
            if (i % 6 == 0) {
                assertThat(replicas.get(i % 4 == 0 ? b : a, "/api/cases/other-" + i, "Authorization", other).statusCode())
                        .as("another user at the same time").isEqualTo(200);
            }
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 429);
        assertThat(answers.stream().filter(r -> r.statusCode() == 200)).as("the quota of 10, not 10 per replica")
                .hasSize(10);
        assertThat(servedBy).as("both replicas served part of it").containsKeys(0, 1);
        assertThat(answers.subList(10, 30)).as("refused once the quota is used up, on both replicas")
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(429));

        HttpResponse<String> refused = answers.get(29);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).as("one permit comes back per minute").isBetween(1L, 60L);
        JsonNode problem = problem(refused);
        assertThat(problem.path("detail").asString()).isEqualTo("请求过于频繁，请 " + retryAfter + " 秒后重试");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/cases/29");

        HttpResponse<String> english = replicas.get(b, "/api/cases/x", "Authorization", burst, "Accept-Language", "en");
        assertThat(problem(english).path("detail").asString()).startsWith("Too many requests; please retry in ");
        assertThat(backend.last("/api/cases/29")).as("a refused call never reaches the service").isNull();
        assertThat(replicas.get(a, "/api/cases/after", "Authorization", other).statusCode()).isEqualTo(200);
        assertThat(meters(a).counter("gateway.ratelimit.refused", "kind", "user").count()
                + meters(b).counter("gateway.ratelimit.refused", "kind", "user").count()).isEqualTo(21);
    }

    @Test
    void anonymousCallsAreLimitedPerClientAddress() {
        String client = "198.51.100.7";
        long served = 0;
        for (int i = 0; i < 16; i++) {
            HttpResponse<String> answer = replicas.get(i % 2 == 0 ? a : b, "/api/catalog/items", "X-Forwarded-For", client);
            served += answer.statusCode() == 200 ? 1 : 0;
            if (answer.statusCode() != 200) {
                assertThat(answer.statusCode()).isEqualTo(429);
                problem(answer);
            }
        }
        assertThat(served).isEqualTo(8);
        assertThat(replicas.get(a, "/api/catalog/items", "X-Forwarded-For", "203.0.113.9, " + client).statusCode())
                .as("entries the client writes itself do not count").isEqualTo(429);
        assertThat(replicas.get(b, "/api/catalog/items", "X-Forwarded-For", "198.51.100.8").statusCode())
                .as("another address").isEqualTo(200);
        assertThat(replicas.get(a, "/api/cases/1", "X-Forwarded-For", client, "Authorization",
                "Bearer " + keys.mint("citizen-on-that-wifi", "APPLICANT")).statusCode())
                .as("a logged-in user behind the same address has their own quota").isEqualTo(200);
    }

    @Test
    void probesAreNeverLimited() {
        String client = "198.51.100.20";
        for (int i = 0; i < 8; i++) {
            replicas.get(a, "/api/catalog/items", "X-Forwarded-For", client);
        }
        assertThat(replicas.get(b, "/api/catalog/items", "X-Forwarded-For", client).statusCode()).isEqualTo(429);
        for (int i = 0; i < 5; i++) {
            assertThat(replicas.get(a, "/readyz", "X-Forwarded-For", client).statusCode()).isEqualTo(200);
            assertThat(replicas.get(b, "/livez", "X-Forwarded-For", client).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void partnersHaveTheirOwnLargerQuota() {
        String partner = "Bearer " + keys.mint("partner-gx", "PARTNER");
        long served = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 40; i++) {
            String[] signed = org.example.gov.testsupport.PartnerSigner.sign("GET", "/api/partner/cases/" + i, null,
                    "gx-limits", "HMAC-SHA256", PARTNER_SECRET).toArray();
            last = replicas.get(i % 2 == 0 ? a : b, "/api/partner/cases/" + i, "Authorization", partner,
                    signed[0], signed[1], signed[2], signed[3], signed[4], signed[5], signed[6], signed[7]);
            if (last.statusCode() == 200) {
                served++;
            } else if (served < 20) {
                throw new AssertionError("partner refused after " + served + " calls: " + last.body());
            }
        }
        // up to a tenth of the burst (3) may sit unspent in each replica's lease
        assertThat(served).as("more than a user's 10, at most the partner's 30").isBetween(24L, 30L);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(replicas.get(a, "/api/cases/mine", "Authorization", "Bearer " + keys.mint("clerk-9", "CLERK"))
                .statusCode()).as("users are not affected").isEqualTo(200);
    }

    @Test
    void requestsAreServedWhenTheStoreIsDown() {
        Map<String, String> settings = settings();
        settings.put("DB_PORT", Integer.toString(java.net.URI.create(FakeService.closedPortUrl()).getPort()));
        settings.put("RATE_LIMIT_STORE_RETRY_INTERVAL", "200ms");
        ConfigurableApplicationContext withoutStore = replicas.start(settings);
        String token = "Bearer " + keys.mint("unlucky-user", "APPLICANT");
        for (int i = 0; i < 25; i++) {
            assertThat(replicas.get(withoutStore, "/api/cases/" + i, "Authorization", token).statusCode())
                    .as("call %d, above the quota of 10, store down", i).isEqualTo(200);
        }
        MeterRegistry meters = meters(withoutStore);
        assertThat(meters.counter("gateway.ratelimit.unchecked").count()).isPositive();
        assertThat(meters.counter("gateway.ratelimit.store.failures").count()).isPositive();
        assertThat(withoutStore.getBean(org.example.gov.gateway.store.GatewaySchema.class).isMigrated()).isFalse();
    }

    static MeterRegistry meters(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class);
    }

    static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                value -> assertThat(value).matches("[1-9][0-9]*"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(problem.path("type").asString()).isEqualTo("urn:gov:problem:RATE_LIMITED");
        assertThat(problem.path("title").asString()).isEqualTo("Too Many Requests");
        return problem;
    }

    @Test
    void guarantorsHaveTheirOwnQuotaApartFromPartnersAndUsers() {
        String guarantor = "Bearer " + keys.mint("guarantor1", "GUARANTOR");
        long served = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 28; i++) {
            String path = "/api/guarantor/guarantees/" + i;
            String[] signed = org.example.gov.testsupport.PartnerSigner.sign("GET", path, null, "g1-limits",
                    "HMAC-SHA256", GUARANTOR_SECRET).toArray();
            last = replicas.get(i % 2 == 0 ? a : b, path, "Authorization", guarantor,
                    signed[0], signed[1], signed[2], signed[3], signed[4], signed[5], signed[6], signed[7]);
            if (last.statusCode() == 200) {
                served++;
            } else if (served < 12) {
                throw new AssertionError("guarantor refused after " + served + " calls: " + last.body());
            }
        }
        // up to a tenth of the burst (2) may sit unspent in each replica's lease
        assertThat(served).as("more than a user's 10, at most the guarantor's 20").isBetween(16L, 20L);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(replicas.get(a, "/api/cases/mine", "Authorization", "Bearer " + keys.mint("clerk-8", "CLERK"))
                .statusCode()).as("users are not affected").isEqualTo(200);
    }
}
