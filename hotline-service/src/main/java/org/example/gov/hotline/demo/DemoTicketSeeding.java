package org.example.gov.hotline.demo;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Local run only ({@code platform.hotline.demo-seed=true}, env {@code HOTLINE_DEMO_SEED=true}): seeds the hotline's
 * demo data once, in a background thread started when the service is ready, so the service answers {@code /readyz}
 * (and the launcher goes on) while the tickets are written. Nothing to wait for: the calendar replica always has the
 * official years, and the category tree, responsibility list and articles are the service's own.
 */
@Component
@ConditionalOnProperty(name = "platform.hotline.demo-seed", havingValue = "true")
class DemoTicketSeeding {

    private static final Logger log = LoggerFactory.getLogger(DemoTicketSeeding.class);

    private final DemoTicketSeeder seeder;
    private volatile Thread worker;

    DemoTicketSeeding(DemoTicketSeeder seeder) {
        this.seeder = seeder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker = Thread.ofPlatform().daemon().name("demo-ticket-seeding").start(() -> {
            try {
                DemoTicketSeeder.Result result = seeder.seedIfNeeded();
                if (result.skipped() != null) {
                    log.info("Demo data: no demo tickets seeded ({})", result.skipped());
                }
            } catch (RuntimeException e) {
                log.warn("Demo data: seeding the hotline failed", e);
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
