package org.example.gov.testsupport;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every service gets from the platform foundation, as tests a service inherits (annotated with
 * {@link PlatformIntegrationTest}): its own schema migrated by Flyway with the outbox tables, probes without a
 * token, API docs with its title, 401/404 problems under its API area, and its topic declared.
 */
public abstract class ServiceFoundationContract {

    /** What the service under test should show. */
    public record Expectations(String schema, String apiArea, String topic, String title, String descriptionFragment,
            String staffToken) {
    }

    private final Expectations expected;

    protected ServiceFoundationContract(Expectations expected) {
        this.expected = expected;
    }

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
        assertThat(jdbc.sql("SELECT DATABASE()").query(String.class).single()).isEqualTo(expected.schema());
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema")
                .param("schema", expected.schema()).query(String.class).list();
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
        assertThat(docs.body().path("info").path("title").asString()).isEqualTo(expected.title());
        assertThat(docs.body().path("info").path("description").asString()).contains(expected.descriptionFragment());
    }

    @Test
    void anUnknownApiPathIs401WithoutATokenAnd404WithOne() {
        String token = expected.staffToken();

        ApiClient.Response anonymous = api.get(expected.apiArea() + "/no-such-resource", null);
        ApiClient.Response authenticated = api.get(expected.apiArea() + "/no-such-resource", token);

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

    private TopicDescription describe(Admin admin) throws Exception {
        Map<String, TopicDescription> topics = admin.describeTopics(List.of(expected.topic())).allTopicNames().get(5, TimeUnit.SECONDS);
        return topics.get(expected.topic());
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
