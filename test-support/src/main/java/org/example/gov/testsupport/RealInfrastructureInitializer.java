package org.example.gov.testsupport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Points a Spring Boot service under test at {@link SharedInfrastructure} (real MariaDB, real Kafka) and at
 * {@link TestTokens#shared()}'s public key, through a highest-precedence property source named
 * {@value #PROPERTY_SOURCE_NAME}:
 * <ul>
 * <li>{@code spring.datasource.url/username/password}: schema = {@code platform.test.schema} if set, else the service's own {@code platform.db.schema}, else
 * {@code spring.application.name} without a trailing {@code -service}, '-' replaced by '_' (e.g. case-service
 * &rarr; {@code case}); {@code platform.db.schema} is set to the same name;</li>
 * <li>{@code spring.kafka.bootstrap-servers};</li>
 * <li>{@code platform.security.jwt.issuer} = {@link TestTokens#ISSUER},
 * {@code platform.security.jwt.public-key-location} = {@code file:<pem>}, {@code jwk-set-uri} emptied.</li>
 * </ul>
 * MariaDB is only started when a JDBC-using app is under test (Connector/J on the classpath), Kafka only when
 * spring-kafka is on the classpath; override with {@code platform.test.mariadb=true|false} and
 * {@code platform.test.kafka=true|false}. Both start in parallel.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY_SOURCE_NAME = "realTestInfrastructure";
    public static final String SCHEMA_PROPERTY = "platform.test.schema";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        ClassLoader classLoader = context.getClassLoader();
        boolean withMariaDb = wanted(environment, "platform.test.mariadb", "com.mysql.cj.jdbc.Driver", classLoader);
        boolean withKafka = wanted(environment, "platform.test.kafka", "org.springframework.kafka.core.KafkaTemplate", classLoader);
        SharedInfrastructure.start(withMariaDb, withKafka);

        Map<String, Object> properties = new LinkedHashMap<>();
        if (withMariaDb) {
            EmbeddedMariaDb db = SharedInfrastructure.mariaDb();
            String schema = schemaFor(environment);
            properties.put("spring.datasource.url", db.jdbcUrl(schema));
            properties.put("spring.datasource.username", db.username());
            properties.put("spring.datasource.password", db.password());
            properties.put("platform.db.schema", schema);
        }
        if (withKafka) {
            properties.put("spring.kafka.bootstrap-servers", SharedInfrastructure.kafka().bootstrapServers());
        }
        TestTokens tokens = TestTokens.shared();
        properties.put("platform.security.jwt.issuer", TestTokens.ISSUER);
        properties.put("platform.security.jwt.public-key-location", "file:" + tokens.publicKeyPem().toAbsolutePath());
        properties.put("platform.security.jwt.jwk-set-uri", "");
        // personal-data keys: a key file of the test JVM, made on first use (production reads PERSONAL_DATA_* instead)
        properties.put("platform.personal-data.key-source", "file");
        properties.put("platform.personal-data.key-file", "target/test-keys/personal-data.properties");

        environment.getPropertySources().remove(PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
    }

    /** The schema a service's tests use: {@code platform.test.schema}, else {@code platform.db.schema}, else derived from the app name. */
    public static String schemaFor(ConfigurableEnvironment environment) {
        String explicit = environment.getProperty(SCHEMA_PROPERTY);
        if (StringUtils.hasText(explicit)) {
            return explicit.trim();
        }
        // the service's own schema name (e.g. "cases": "case" is a reserved word in MySQL)
        String own = environment.getProperty("platform.db.schema");
        if (StringUtils.hasText(own) && !own.contains("${")) {
            return own.trim();
        }
        return schemaForApplication(environment.getProperty("spring.application.name"));
    }

    static String schemaForApplication(String applicationName) {
        if (!StringUtils.hasText(applicationName)) {
            return "test";
        }
        String name = applicationName.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith("-service")) {
            name = name.substring(0, name.length() - "-service".length());
        }
        name = name.replace('-', '_');
        return name.isEmpty() ? "test" : name;
    }

    private static boolean wanted(ConfigurableEnvironment environment, String property, String marker, ClassLoader classLoader) {
        String configured = environment.getProperty(property);
        if (StringUtils.hasText(configured)) {
            return Boolean.parseBoolean(configured.trim());
        }
        return ClassUtils.isPresent(marker, classLoader);
    }
}
