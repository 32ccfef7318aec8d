package org.example.gov.hotline.ticket.config;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.example.gov.hotline.ticket.DuplicatePolicy;
import org.example.gov.hotline.ticket.HandlingPolicy;
import org.example.gov.hotline.ticket.TicketType;
import org.example.gov.hotline.ticket.TimeLimits;
import org.example.gov.hotline.ticket.Urgency;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handling policy from {@link HotlineProperties}; what is not configured keeps Guangdong's default
 * ({@link HandlingPolicy#DEFAULT}), and a region's table may set only some types (the rest come from the default).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HotlineProperties.class)
class HotlineConfiguration {

    @Bean
    HandlingPolicy handlingPolicy(HotlineProperties properties) {
        HandlingPolicy defaults = HandlingPolicy.DEFAULT;
        Map<String, HotlineProperties.RegionLimits> configured = properties.timeLimits() == null ? Map.of()
                : properties.timeLimits();
        TimeLimits.Table fallback = table(configured.get("default"), TimeLimits.GUANGDONG);
        Map<String, TimeLimits.Table> byRegion = new HashMap<>();
        configured.forEach((region, limits) -> {
            if (!"default".equals(region)) {
                byRegion.put(region, table(limits, fallback));
            }
        });
        Map<Urgency, java.time.Duration> signWindows = new EnumMap<>(defaults.signWindows());
        if (properties.signWindows() != null) {
            signWindows.putAll(properties.signWindows());
        }
        return new HandlingPolicy(new TimeLimits(fallback, byRegion), signWindows,
                or(properties.returnWindowWorkingDays(), defaults.returnWindowWorkingDays()),
                or(properties.coordinationAtReturn(), defaults.coordinationAtReturn()),
                or(properties.callBackAttempts(), defaults.callBackAttempts()),
                or(properties.maxExtensionWorkingDays(), defaults.maxExtensionWorkingDays()),
                or(properties.approachingWorkingDays(), defaults.approachingWorkingDays()));
    }

    @Bean
    DuplicatePolicy duplicatePolicy(HotlineProperties properties) {
        var d = properties.duplicates();
        return new DuplicatePolicy(d == null || d.closedWindow() == null ? DuplicatePolicy.DEFAULT.closedWindow()
                : d.closedWindow());
    }

    private static TimeLimits.Table table(HotlineProperties.RegionLimits limits, TimeLimits.Table base) {
        if (limits == null) {
            return base;
        }
        Map<TicketType, Integer> days = new EnumMap<>(base.workingDays());
        if (limits.workingDays() != null) {
            days.putAll(limits.workingDays());
        }
        return new TimeLimits.Table(days, limits.urgentHours() == null ? base.urgentHours() : limits.urgentHours(),
                limits.emergencyHours() == null ? base.emergencyHours() : limits.emergencyHours());
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
