package org.example.gov.cases.demo;

import java.time.Duration;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Local run only ({@code platform.cases.demo-seed=true}, env {@code PLATFORM_CASES_DEMO_SEED=true}): seeds the demo
 * cases once, in a background thread started when the service is ready.
 *
 * <p>Why in the background, polling: the launcher loads the catalogue through the gateway only after every service
 * answers {@code /readyz}, so case-service cannot wait for items during start-up (it would never become ready), and
 * a launcher-triggered endpoint would add a write API to the service for the sake of a demo. The thread first checks
 * the case table (a restart on the same data finds the cases and stops at once), then polls the catalogue every
 * {@value #POLL_SECONDS} s until it lists published items that have not changed for {@value #STABLE_SECONDS} s (the
 * launcher publishes them one by one: seeding on the first one would file every case under it); it gives up after
 * {@value #MAX_WAIT_MINUTES} minutes. The calendar needs no waiting: the replica always has one (its stored copy or
 * the bundled official years), and dates in a year not loaded are provisional, not refused.
 */
@Component
@ConditionalOnProperty(name = "platform.cases.demo-seed", havingValue = "true")
class DemoCaseSeeding {

    static final int POLL_SECONDS = 2;
    static final int STABLE_SECONDS = 8;
    static final int MAX_WAIT_MINUTES = 3;

    private static final Logger log = LoggerFactory.getLogger(DemoCaseSeeding.class);

    private final DemoCaseSeeder seeder;
    private final DemoCatalogClient catalog;
    private volatile Thread worker;

    DemoCaseSeeding(DemoCaseSeeder seeder, DemoCatalogClient catalog) {
        this.seeder = seeder;
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker = Thread.ofPlatform().daemon().name("demo-case-seeding").start(this::run);
    }

    @PreDestroy
    void stop() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    private void run() {
        try {
            long stored = seeder.storedCases();
            if (stored >= DemoCaseSeeder.THRESHOLD) {
                log.info("Demo data: {} cases already stored, no demo cases seeded", stored);
                return;
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(MAX_WAIT_MINUTES).toNanos();
            long lastCount = -1;
            long lastChange = System.nanoTime();
            while (System.nanoTime() < deadline) {
                long published = catalog.publishedCount();
                if (published != lastCount) {
                    lastCount = published;
                    lastChange = System.nanoTime();
                } else if (published > 0
                        && System.nanoTime() - lastChange >= Duration.ofSeconds(STABLE_SECONDS).toNanos()) {
                    DemoCaseSeeder.Result result = seeder.seedIfNeeded();
                    if (result.skipped() != null) {
                        log.info("Demo data: no demo cases seeded ({})", result.skipped());
                    }
                    return;
                }
                Thread.sleep(Duration.ofSeconds(POLL_SECONDS));
            }
            log.warn("Demo data: no demo cases seeded, the catalogue listed no published items within {} minutes",
                    MAX_WAIT_MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Demo data: seeding the demo cases failed", e);
        }
    }
}
