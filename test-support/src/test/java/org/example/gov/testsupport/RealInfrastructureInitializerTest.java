package org.example.gov.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

class RealInfrastructureInitializerTest {

    @Test
    void pointsTheEnvironmentAtTheSharedInfrastructure() throws Exception {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            ConfigurableEnvironment env = context.getEnvironment();
            env.getPropertySources().addLast(new MapPropertySource("app", Map.of(
                    "spring.application.name", "item-catalog-service",
                    "spring.datasource.url", "jdbc:mysql://nowhere:1/x",
                    "platform.test.kafka", "true")));

            new RealInfrastructureInitializer().initialize(context);

            assertThat(env.getPropertySources().iterator().next().getName()).isEqualTo("realTestInfrastructure");
            EmbeddedMariaDb db = SharedInfrastructure.mariaDb();
            assertThat(SharedInfrastructure.mariaDb()).isSameAs(db);
            assertThat(SharedInfrastructure.kafka()).isSameAs(SharedInfrastructure.kafka());
            assertThat(env.getProperty("spring.datasource.url")).isEqualTo(db.jdbcUrl("item_catalog"));
            assertThat(env.getProperty("spring.datasource.username")).isEqualTo("root");
            assertThat(env.getProperty("spring.datasource.password")).isEmpty();
            assertThat(env.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(SharedInfrastructure.kafka().bootstrapServers());
            assertThat(env.getProperty("platform.security.jwt.issuer")).isEqualTo("http://localhost:8080/dev");
            assertThat(env.getProperty("platform.security.jwt.public-key-location"))
                    .isEqualTo("file:" + TestTokens.shared().publicKeyPem().toAbsolutePath());
            assertThat(env.getProperty("platform.security.jwt.jwk-set-uri")).isEmpty();

            try (Connection c = DriverManager.getConnection(env.getProperty("spring.datasource.url"), "root", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT DATABASE()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("item_catalog");
            }
            assertThat(Infra.isListening(SharedInfrastructure.kafka().port())).isTrue();
        }
    }

    @Test
    void explicitSchemaWinsAndNamesAreNormalised() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource("app", Map.of(
                    "spring.application.name", "case-service", "platform.test.schema", "case_it", "platform.test.kafka", "false")));
            new RealInfrastructureInitializer().initialize(context);
            assertThat(context.getEnvironment().getProperty("spring.datasource.url")).contains("/case_it?");
            assertThat(context.getEnvironment().containsProperty("spring.kafka.bootstrap-servers")).isFalse();
        }
        assertThat(RealInfrastructureInitializer.schemaForApplication("case-service")).isEqualTo("case");
        assertThat(RealInfrastructureInitializer.schemaForApplication("item-catalog-service")).isEqualTo("item_catalog");
        assertThat(RealInfrastructureInitializer.schemaForApplication("gateway")).isEqualTo("gateway");
        assertThat(RealInfrastructureInitializer.schemaForApplication(null)).isEqualTo("test");
    }
}
