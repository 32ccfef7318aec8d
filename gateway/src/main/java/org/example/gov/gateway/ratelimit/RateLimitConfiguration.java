package org.example.gov.gateway.ratelimit;

import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The limiter's parts. Its JDBC calls get their own small pool of threads with a bounded queue (as many threads as
 * database connections): when the store is slow the queue fills, further round trips are refused at once and those
 * requests fail open, instead of piling up on Reactor's shared boundedElastic pool.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
public class RateLimitConfiguration {

    @Bean(destroyMethod = "dispose")
    Scheduler rateLimitScheduler(Environment environment) {
        int threads = environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 4);
        return Schedulers.newBoundedElastic(threads, 256, "rate-limit-store");
    }

    @Bean
    BucketStore bucketStore(DataSource dataSource) {
        return new BucketStore(dataSource);
    }

    @Bean
    SharedRateLimiter sharedRateLimiter(BucketStore store, Scheduler rateLimitScheduler, RateLimitProperties properties,
            MeterRegistry meters) {
        return new SharedRateLimiter(store, rateLimitScheduler, properties, Clock.systemUTC(), meters);
    }

    @Bean
    ClientAddresses clientAddresses(RateLimitProperties properties) {
        return new ClientAddresses(properties.trustedProxies());
    }

    @Bean
    RateLimitHousekeeping rateLimitHousekeeping(SharedRateLimiter limiter, BucketStore store,
            Scheduler rateLimitScheduler) {
        return new RateLimitHousekeeping(limiter, store, rateLimitScheduler);
    }
}
