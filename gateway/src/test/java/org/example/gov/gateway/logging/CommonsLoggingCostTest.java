package org.example.gov.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

/**
 * Spring's log calls (Commons Logging) build their message only when the level is on: platform-core names the Log4j
 * API factory (META-INF/services), whose adapter checks the level before the message's toString; Commons Logging's own
 * SLF4J adapter formats first, on every request.
 */
class CommonsLoggingCostTest {

    @Test
    void aMessageBelowTheLevelIsNeverBuilt() {
        Log log = LogFactory.getLog("org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher");
        assertThat(LogFactory.getFactory().getClass().getName())
                .isEqualTo("org.apache.commons.logging.impl.Log4jApiLogFactory");
        assertThat(log.isTraceEnabled()).isFalse();
        AtomicInteger built = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                built.incrementAndGet();
                return "Trying to match using …";
            }
        };
        log.trace(message);
        assertThat(built).hasValue(0);
    }
}
