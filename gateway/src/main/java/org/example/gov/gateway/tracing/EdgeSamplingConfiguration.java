package org.example.gov.gateway.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway decides which requests are traced. A caller's {@code traceparent} is continued (same trace id, so a
 * partner finds its request in the platform's logs), but its sampled flag is not obeyed: otherwise any client could
 * have every request traced, a cost and a lever for load. The decision is a ratio on the trace id, so every span of a
 * trace in the gateway agrees; the services behind follow it (Boot's parent-based default).
 */
@Configuration(proxyBeanMethods = false)
class EdgeSamplingConfiguration {

    @Bean
    Sampler edgeSampler(@Value("${management.tracing.sampling.probability}") double probability) {
        return Sampler.traceIdRatioBased(probability);
    }
}
