package org.example.gov.trading.demo;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Local run only ({@code platform.trading.demo-seed=true}, env {@code TRADING_DEMO_SEED=true}, set by the launcher):
 * seeds the trading demo once, in a background thread started when the service is ready, so the service answers
 * {@code /readyz} while the projects are written: first the demo experts (each time they are missing), then the
 * projects (on an empty schema) — in that order, since the evaluated demo tenders seat those experts.
 */
@Component
@ConditionalOnProperty(name = "platform.trading.demo-seed", havingValue = "true")
class DemoTenderSeeding {

    private static final Logger log = LoggerFactory.getLogger(DemoTenderSeeding.class);

    private final DemoExpertSeeder experts;
    private final DemoTenderSeeder seeder;
    private volatile Thread worker;

    DemoTenderSeeding(DemoExpertSeeder experts, DemoTenderSeeder seeder) {
        this.experts = experts;
        this.seeder = seeder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker = Thread.ofPlatform().daemon().name("demo-tender-seeding").start(() -> {
            experts.seedIfAbsent();
            try {
                seeder.seedIfEmpty();
            } catch (RuntimeException e) {
                log.warn("Demo data: seeding the trading demo failed", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }
}
