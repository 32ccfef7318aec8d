package org.example.gov.evaluation.statistics;

import java.util.Map;

/**
 * Whether 基本满意 (level 3) counts as a good review: a platform default and per-region exceptions (DOMAIN.md §5,
 * "configurable"). Levels 4-5 are always good, 1-2 always bad.
 */
public record GoodLevelPolicy(boolean levelThreeGood, Map<String, Boolean> regions) {

    public GoodLevelPolicy {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    public boolean isGood(int level, String region) {
        return level >= 4 || level == 3 && regions.getOrDefault(region, levelThreeGood);
    }
}
