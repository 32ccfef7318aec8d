package org.example.gov.hotline.hotspot.config;

import java.time.Duration;

import org.example.gov.hotline.hotspot.HotspotService;
import org.example.gov.hotline.hotspot.SpikeTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The spike test's sensitivity from {@code platform.hotline.hotspots.*} (what is not set keeps {@link SpikeTest#DEFAULT})
 * and the scan every {@code scan-interval} (default 5 min), first shortly after start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(HotspotConfiguration.HotspotProperties.class)
class HotspotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HotspotConfiguration.class);

    @Bean
    SpikeTest spikeTest(HotspotProperties p) {
        SpikeTest d = SpikeTest.DEFAULT;
        return new SpikeTest(p.trailingDays() == null ? d.trailingDays() : p.trailingDays(),
                p.minCount() == null ? d.minCount() : p.minCount(),
                p.significance() == null ? d.significance() : p.significance());
    }

    @Bean
    HotspotScan hotspotScan(HotspotService hotspots) {
        return new HotspotScan(hotspots);
    }

    /** The scheduled scan; a failure is logged and retried at the next run. */
    static class HotspotScan {

        private final HotspotService hotspots;

        HotspotScan(HotspotService hotspots) {
            this.hotspots = hotspots;
        }

        @Scheduled(initialDelayString = "${platform.hotline.hotspots.initial-delay:PT30S}",
                fixedDelayString = "${platform.hotline.hotspots.scan-interval:PT5M}")
        void scan() {
            try {
                int raised = hotspots.scan();
                if (raised > 0) {
                    log.info("Hotspots: {} warning(s) raised", raised);
                }
            } catch (RuntimeException e) {
                log.warn("Hotspot scan failed; retried at the next run: {}", e.toString());
            }
        }
    }

    /** 未诉先办: the spike test's trailing days, minimum count and significance; the scan's timing. */
    @ConfigurationProperties("platform.hotline.hotspots")
    record HotspotProperties(Integer trailingDays, Integer minCount, Double significance, Duration scanInterval,
            Duration initialDelay) {
    }
}
