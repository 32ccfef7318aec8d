package org.example.gov.hotline.ticket.config;

import java.time.Duration;
import java.util.Map;

import org.example.gov.hotline.ticket.TicketType;
import org.example.gov.hotline.ticket.Urgency;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.hotline.*}: the handling rules an operator sets per deployment and region (application.yml lists
 * the defaults). {@code time-limits} is keyed by region code, {@code default} for every region without its own table;
 * a region without its own table takes its city's, then its province's.
 */
@ConfigurationProperties("platform.hotline")
public record HotlineProperties(Map<String, RegionLimits> timeLimits, Map<Urgency, Duration> signWindows,
        Integer returnWindowWorkingDays, Integer coordinationAtReturn, Integer callBackAttempts, Duplicates duplicates,
        Integer maxExtensionWorkingDays, Integer approachingWorkingDays) {

    /** 重复件: how long after closure the same caller's same matter without new facts is refused (default 30 days). */
    public record Duplicates(Duration closedWindow) {
    }

    /** One region's limits: working days by type for normal tickets, hours for urgent and emergency ones. */
    public record RegionLimits(Map<TicketType, Integer> workingDays, Long urgentHours, Long emergencyHours) {
    }
}
