package org.example.gov.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service integration test against real infrastructure: the whole app on a random port, wired by
 * {@link RealInfrastructureInitializer} to the JVM's shared MariaDB and Kafka and to {@link TestTokens#shared()}.
 * Contexts are cached across test classes as usual (same configuration = same context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
public @interface PlatformIntegrationTest {
}
