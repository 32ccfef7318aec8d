package org.example.gov.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** hotline-service on the platform foundation: its own schema, probes, API docs, security and problems, its topic. */
@PlatformIntegrationTest
class ServiceBasicsIntegrationTest {

    static final String SCHEMA = "hotline";
    static final String AREA = "/api/hotline";
    static final String TOPIC = "gov.hotline.events";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void flywayCreatedTheOutboxAndProcessedEventTablesInTheServiceSchema() {
        assertThat(jdbc.sql("SELECT DATABASE()").query(String.class).single()).isEqualTo(SCHEMA);
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema")
                .param("schema", SCHEMA).query(String.class).list();
        assertThat(tables).contains("outbox_event", "processed_event");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL").query(Long.class).single()).isZero();
    }

    @Test
    void theServiceIsReadyAndAliveWithoutAToken() {
        assertThat(api.get("/readyz", null).expect(200).text("status")).isEqualTo("UP");
        assertThat(api.get("/livez", null).expect(200).text("status")).isEqualTo("UP");
    }

    @Test
    void theApiDocumentCarriesTheServiceTitle() {
        ApiClient.Response docs = api.get("/v3/api-docs", null).expect(200);

        assertThat(docs.header("Content-Type")).startsWith("application/json");
        assertThat(docs.body().path("openapi").asString()).startsWith("3.");
        assertThat(docs.body().path("info").path("title").asString()).isEqualTo("hotline-service");
        assertThat(docs.body().path("info").path("description").asString()).contains("12345");
    }

    @Test
    void anUnknownApiPathIs401WithoutATokenAnd404WithOne() {
        String token = TestTokens.shared().mint("agent1", "440300", "12345热线", "HOTLINE_AGENT");

        ApiClient.Response anonymous = api.get(AREA + "/no-such-resource", null);
        ApiClient.Response authenticated = api.get(AREA + "/no-such-resource", token);

        assertProblem(anonymous, 401, "UNAUTHENTICATED");
        assertProblem(authenticated, 404, "NOT_FOUND");
    }

    @Test
    void theServiceTopicIsDeclaredWithThreePartitions() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            TopicDescription topic = await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                    .until(() -> describe(admin), description -> description != null);
            assertThat(topic.partitions()).hasSize(3);
        }
    }

    private static TopicDescription describe(Admin admin) throws Exception {
        Map<String, TopicDescription> topics = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(5, TimeUnit.SECONDS);
        return topics.get(TOPIC);
    }

    private static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo(code);
        assertThat(response.text("type")).isEqualTo("urn:gov:problem:" + code);
        assertThat(response.text("detail")).isNotBlank();
        assertThat(response.text("traceId")).isNotBlank();
    }
}
