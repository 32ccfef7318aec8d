package org.example.gov.hotline.ticket;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.example.gov.platform.scope.RegionCode;

/**
 * The handling time limits by type and urgency, per region (provinces and cities differ, DOMAIN.md §6): a region's own
 * table, else its city's, else its province's, else the default. Normal tickets count working days by type; urgent and
 * emergency ones count hours whatever their type.
 */
public final class TimeLimits {

    /** One region's table. */
    public record Table(Map<TicketType, Integer> workingDays, long urgentHours, long emergencyHours) {

        public Table {
            workingDays = Map.copyOf(new EnumMap<>(workingDays));
            for (TicketType type : TicketType.values()) {
                if (workingDays.getOrDefault(type, 0) < 1) {
                    throw new IllegalArgumentException("no time limit for " + type);
                }
            }
            if (urgentHours < 1 || emergencyHours < 1) {
                throw new IllegalArgumentException("urgent and emergency limits are at least one hour");
            }
        }

        public TimeLimit limitFor(TicketType type, Urgency urgency) {
            return switch (urgency) {
                case NORMAL -> TimeLimit.workingDays(workingDays.get(type));
                case URGENT -> TimeLimit.hours(urgentHours);
                case EMERGENCY -> TimeLimit.hours(emergencyHours);
            };
        }
    }

    /**
     * Guangdong's rule as the default: consult 2, help and suggestion 10, complaint and report 15 working days; praise
     * is passed on within 5; urgent 24 hours, emergency 2 hours.
     */
    public static final Table GUANGDONG = new Table(Map.of(TicketType.CONSULT, 2, TicketType.HELP, 10,
            TicketType.SUGGESTION, 10, TicketType.COMPLAINT, 15, TicketType.REPORT, 15, TicketType.PRAISE, 5), 24, 2);

    private final Table fallback;
    private final Map<String, Table> byRegion;

    public TimeLimits(Table fallback, Map<String, Table> byRegion) {
        this.fallback = fallback;
        this.byRegion = Map.copyOf(byRegion);
    }

    public static TimeLimits guangdong() {
        return new TimeLimits(GUANGDONG, Map.of());
    }

    public TimeLimit limitFor(String region, TicketType type, Urgency urgency) {
        return tableOf(region).limitFor(type, urgency);
    }

    Table tableOf(String region) {
        for (Optional<RegionCode> r = RegionCode.parse(region); r.isPresent(); r = r.get().parent()) {
            Table own = byRegion.get(r.get().value());
            if (own != null) {
                return own;
            }
        }
        return fallback;
    }
}
