package org.example.gov.platform.config;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * When the local launcher starts a service it passes its own pid; if the launcher dies without cleaning
 * up (kill -9, a closed terminal), the service shuts itself down instead of lingering on its port.
 */
@AutoConfiguration
@ConditionalOnProperty("platform.parent-pid")
public class ParentProcessWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

    private final ConfigurableApplicationContext context;
    private final long parentPid;
    private volatile boolean running;

    public ParentProcessWatchdog(ConfigurableApplicationContext context,
            org.springframework.core.env.Environment environment) {
        this.context = context;
        this.parentPid = Long.parseLong(environment.getRequiredProperty("platform.parent-pid"));
    }

    @Override
    public void start() {
        running = true;
        Thread.ofPlatform().name("parent-watchdog").daemon().start(() -> {
            while (running) {
                if (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
                    sleep(Duration.ofSeconds(1));
                    continue;
                }
                log.warn("Parent process {} is gone; shutting down", parentPid);
                System.exit(context.isActive() ? org.springframework.boot.SpringApplication.exit(context) : 0);
            }
        });
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
