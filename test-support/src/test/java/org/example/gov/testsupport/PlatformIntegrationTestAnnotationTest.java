package org.example.gov.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/** The meta-annotation boots a (here: tiny, non-web) Spring Boot app wired to the shared infrastructure. */
@PlatformIntegrationTest
@TestPropertySource(properties = {"spring.application.name=hotline-service", "platform.test.kafka=true"})
class PlatformIntegrationTestAnnotationTest {

    @SpringBootConfiguration
    static class App {
    }

    @Autowired
    Environment environment;

    @Test
    void contextSeesRealInfrastructure() throws Exception {
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(SharedInfrastructure.mariaDb().jdbcUrl("hotline"));
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(SharedInfrastructure.kafka().bootstrapServers());
        try (Connection c = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
             ResultSet rs = c.createStatement().executeQuery("SELECT DATABASE(), @@version")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("hotline");
            assertThat(rs.getString(2)).startsWith("11.4");
        }
    }
}
