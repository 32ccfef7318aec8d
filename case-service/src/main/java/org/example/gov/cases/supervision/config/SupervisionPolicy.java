package org.example.gov.cases.supervision.config;

import java.util.EnumMap;
import java.util.Map;

import org.example.gov.cases.supervision.WarningKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds and colours of the deadline warnings; cities differ, so each region may override the defaults (the scan
 * interval, {@code platform.cases.supervision.scan-interval}, is read by the scheduler):
 * <pre>
 * platform.cases.supervision.approaching-days=1
 * platform.cases.supervision.regions.450100.approaching-days=3
 * platform.cases.supervision.regions.450100.levels.APPROACHING=ORANGE
 * </pre>
 */
@ConfigurationProperties("platform.cases.supervision")
public record SupervisionPolicy(Integer approachingDays, Integer notAcceptedDays,
        Map<WarningKind, String> levels, Map<String, RegionPolicy> regions) {

    public static final Map<WarningKind, String> DEFAULT_LEVELS = Map.of(WarningKind.PRE_REVIEW_LATE, "YELLOW",
            WarningKind.NOT_ACCEPTED, "YELLOW", WarningKind.APPROACHING, "YELLOW", WarningKind.DUE_TODAY, "ORANGE",
            WarningKind.OVERDUE, "RED");

    public SupervisionPolicy {
        approachingDays = approachingDays == null ? 1 : approachingDays;
        notAcceptedDays = notAcceptedDays == null ? 3 : notAcceptedDays;
        Map<WarningKind, String> merged = new EnumMap<>(DEFAULT_LEVELS);
        if (levels != null) {
            merged.putAll(levels);
        }
        levels = Map.copyOf(merged);
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    public int approachingDays(String region) {
        RegionPolicy r = regions.get(region);
        return r != null && r.approachingDays() != null ? r.approachingDays() : approachingDays;
    }

    public int notAcceptedDays(String region) {
        RegionPolicy r = regions.get(region);
        return r != null && r.notAcceptedDays() != null ? r.notAcceptedDays() : notAcceptedDays;
    }

    public String level(String region, WarningKind kind) {
        RegionPolicy r = regions.get(region);
        if (r != null && r.levels() != null && r.levels().containsKey(kind)) {
            return r.levels().get(kind);
        }
        return levels.get(kind);
    }

    /** The largest approaching threshold of any region, to bound the candidate query. */
    public int maxApproachingDays() {
        return regions.values().stream().map(RegionPolicy::approachingDays).filter(d -> d != null)
                .reduce(approachingDays, Math::max);
    }

    public record RegionPolicy(Integer approachingDays, Integer notAcceptedDays, Map<WarningKind, String> levels) {
    }
}
