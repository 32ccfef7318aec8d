package org.example.gov.hotline.ticket;

import java.time.Duration;
import java.util.Map;

/**
 * The configurable rules of handling (platform.hotline.*): time limits, how long a department has to sign by urgency,
 * how many working days after dispatch it may still return a ticket, which return goes to coordination, how many
 * unreachable call-back attempts end the call-back, how many working days of extension (延期) one clock may get in all,
 * and how many working days before the due date the approaching warning (临期预警) is raised.
 */
public record HandlingPolicy(TimeLimits timeLimits, Map<Urgency, Duration> signWindows, int returnWindowWorkingDays,
        int coordinationAtReturn, int callBackAttempts, int maxExtensionWorkingDays, int approachingWorkingDays) {

    public static final HandlingPolicy DEFAULT = new HandlingPolicy(TimeLimits.guangdong(),
            Map.of(Urgency.NORMAL, Duration.ofHours(24), Urgency.URGENT, Duration.ofHours(1),
                    Urgency.EMERGENCY, Duration.ofMinutes(30)), 2, 3, 3, 10, 1);

    public HandlingPolicy {
        signWindows = Map.copyOf(signWindows);
        for (Urgency u : Urgency.values()) {
            if (!signWindows.containsKey(u)) {
                throw new IllegalArgumentException("no sign window for " + u);
            }
        }
        if (returnWindowWorkingDays < 0 || coordinationAtReturn < 1 || callBackAttempts < 1
                || maxExtensionWorkingDays < 0 || approachingWorkingDays < 0) {
            throw new IllegalArgumentException("invalid handling policy");
        }
    }

    public Duration signWindow(Urgency urgency) {
        return signWindows.get(urgency);
    }
}
