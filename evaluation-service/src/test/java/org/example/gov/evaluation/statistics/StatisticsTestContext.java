package org.example.gov.evaluation.statistics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.example.gov.testsupport.PlatformIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The application context of the tests that look at statistics (one cached context for all of them): 基本满意 is not
 * good in 449902 and 449922, and the scheduled roll-up stays idle (first run after an hour) so the tests and the
 * benchmark decide when days are rolled up. Other test contexts of the same JVM still run it, on the system clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PlatformIntegrationTest
@TestPropertySource(properties = {"platform.evaluation.statistics.level-three-good-regions.449902=false",
        "platform.evaluation.statistics.level-three-good-regions.449922=false",
        "platform.evaluation.statistics.rollup-initial-delay=PT1H", "platform.evaluation.statistics.rollup-interval=PT1H"})
public @interface StatisticsTestContext {
}
