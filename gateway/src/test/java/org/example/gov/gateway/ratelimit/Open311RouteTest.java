package org.example.gov.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.bulkhead.BulkheadRegistry;

import org.example.gov.gateway.FakeService;
import org.example.gov.gateway.TestKeys;
import org.example.gov.testsupport.EmbeddedMariaDb;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public Open311 route: /open311/v2/** reaches hotline-service without a token, path and form body unchanged, on
 * its own bulkhead, and is limited per api_key (query parameter or form field) with a quota of its own — 5 here,
 * refilling one a minute so counts are exact — stored under the key's SHA-256, never the key itself. Calls without
 * an api_key count per client address.
 */
class Open311RouteTest {

    static final FakeService hotline = new FakeService();
    static final GatewayReplicas replicas = new GatewayReplicas();
    static ConfigurableApplicationContext gateway;

    @BeforeAll
    static void start() {
        EmbeddedMariaDb db = SharedInfrastructure.mariaDb();
        Map<String, String> settings = new HashMap<>();
        settings.put("HOTLINE_URL", hotline.url());
        settings.put("JWT_PUBLIC_KEY_LOCATION", TestKeys.shared().publicKeyLocation());
        settings.put("DB_HOST", "127.0.0.1");
        settings.put("DB_PORT", Integer.toString(db.port()));
        settings.put("RATE_LIMIT_OPEN311_REQUESTS", "1");
        settings.put("RATE_LIMIT_OPEN311_PER", "1m");
        settings.put("RATE_LIMIT_OPEN311_BURST", "5");
        settings.put("RATE_LIMIT_ADDRESS_REQUESTS", "1");
        settings.put("RATE_LIMIT_ADDRESS_PER", "1m");
        settings.put("RATE_LIMIT_ADDRESS_BURST", "3");
        settings.put("RATE_LIMIT_TRUSTED_PROXIES", "1");
        settings.put("GATEWAY_OPEN311_MAX_CALLS", "7");
        gateway = replicas.start(settings);
    }

    @AfterAll
    static void stop() {
        replicas.close();
        hotline.close();
    }

    @Test
    void theRouteIsPublicAndForwardsPathQueryAndFormBodyUnchanged() {
        HttpResponse<String> services = replicas.get(gateway, "/open311/v2/services.xml?jurisdiction_id=440300",
                "X-Forwarded-For", "198.51.100.31");
        assertThat(services.statusCode()).as("no token needed").isEqualTo(200);
        assertThat(hotline.last("/open311/v2/services.xml").query()).isEqualTo("jurisdiction_id=440300");

        String form = "api_key=route-key-1&service_code=010102&address_string=%E7%A6%8F%E7%94%B0&attribute%5Bx%5D=1";
        HttpResponse<String> posted = replicas.send(gateway, "POST", "/open311/v2/requests.json", form,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(new String(hotline.last("/open311/v2/requests.json").body(), StandardCharsets.UTF_8))
                .as("the limiter read the api_key from the body and handed the same bytes on").isEqualTo(form);
        assertThat(replicas.get(gateway, "/open311/v1/services.json").statusCode()).as("only v2 is exposed")
                .isEqualTo(404);
        assertThat(gateway.getBean(BulkheadRegistry.class).bulkhead("open311").getBulkheadConfig()
                .getMaxConcurrentCalls()).as("its own bulkhead").isEqualTo(7);
    }

    @Test
    void eachApiKeyHasItsOwnQuotaStoredOnlyAsItsHash() throws Exception {
        String key = "fms-secret-key-0042";
        int served = 0;
        for (int i = 0; i < 8; i++) {
            // the same key counts whether it comes in the query or in the form, from whichever address
            HttpResponse<String> answer = i % 2 == 0
                    ? replicas.get(gateway, "/open311/v2/requests.json?api_key=" + key, "X-Forwarded-For", "203.0.113." + i)
                    : replicas.send(gateway, "POST", "/open311/v2/requests.xml", "service_code=010102&api_key=" + key,
                            "Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-For", "203.0.113." + i);
            served += answer.statusCode() == 200 ? 1 : 0;
            if (answer.statusCode() != 200) {
                assertThat(answer.statusCode()).isEqualTo(429);
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                // GeoReport v2's error list, in the resource's format
                assertThat(answer.body()).startsWith(i % 2 == 0 ? "[{\"code\":429,\"description\":\"Too many requests"
                        : "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>429</code>");
            }
        }
        assertThat(served).as("the api_key's quota of 5").isEqualTo(5);
        assertThat(replicas.get(gateway, "/open311/v2/requests.json?api_key=another-app-key").statusCode())
                .as("another client's key").isEqualTo(200);

        JdbcClient store = JdbcClient.create(gateway.getBean(javax.sql.DataSource.class));
        List<String> keys = store.sql("SELECT limit_key FROM rate_limit_bucket WHERE limit_key LIKE 'o%'")
                .query(String.class).list();
        assertThat(keys).contains("o:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8))));
        assertThat(keys).noneMatch(k -> k.contains(key));
    }

    @Test
    void callsWithoutAnApiKeyCountPerClientAddress() {
        int served = 0;
        for (int i = 0; i < 5; i++) {
            served += replicas.get(gateway, "/open311/v2/services.json", "X-Forwarded-For", "192.0.2.77").statusCode()
                    == 200 ? 1 : 0;
        }
        assertThat(served).isEqualTo(3);
        assertThat(replicas.get(gateway, "/open311/v2/services.json?api_key=key-of-that-app", "X-Forwarded-For",
                "192.0.2.77").statusCode()).as("a client with its key is not held by the address's quota").isEqualTo(200);
    }
}
