package org.example.gov.trading.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Local run only ({@code platform.trading.demo-seed=true}): the demo experts, once, when the service is ready. */
@Component
@ConditionalOnProperty(name = "platform.trading.demo-seed", havingValue = "true")
class DemoExpertSeeding {

    private final DemoExpertSeeder seeder;

    DemoExpertSeeding(DemoExpertSeeder seeder) {
        this.seeder = seeder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        seeder.seedIfAbsent();
    }
}
