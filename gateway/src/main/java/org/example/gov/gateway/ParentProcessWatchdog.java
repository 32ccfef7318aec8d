package org.example.gov.gateway;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * When the local launcher passes its pid ({@code PLATFORM_PARENT_PID} / {@code platform.parent-pid}) the gateway
 * exits as soon as that process is gone, so a killed launcher never leaves an orphan holding port 8080.
 */
@Component
@ConditionalOnExpression("'${platform.parent-pid:}' != ''")
class ParentProcessWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

    private final ConfigurableApplicationContext context;
    private final long parentPid;
    private volatile boolean running;

    ParentProcessWatchdog(ConfigurableApplicationContext context, Environment environment) {
        this.context = context;
        this.parentPid = Long.parseLong(environment.getRequiredProperty("platform.parent-pid").trim());
    }

    @Override
    public void start() {
        running = true;
        Thread.ofPlatform().name("parent-watchdog").daemon().start(() -> {
            while (running) {
                if (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
                    try {
                        Thread.sleep(Duration.ofSeconds(1));
                    } catch (InterruptedException e) {
                        return;
                    }
                    continue;
                }
                log.warn("Parent process {} is gone; shutting down", parentPid);
                System.exit(context.isActive() ? SpringApplication.exit(context) : 0);
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
}
