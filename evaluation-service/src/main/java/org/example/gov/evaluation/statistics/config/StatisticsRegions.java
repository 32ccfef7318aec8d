package org.example.gov.evaluation.statistics.config;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.evaluation.statistics.level-three-good-regions}: region code → whether 基本满意 counts as good there,
 * for the regions that differ from {@code level-three-good}.
 */
@ConfigurationProperties("platform.evaluation.statistics")
public record StatisticsRegions(Map<String, Boolean> levelThreeGoodRegions) {

    public StatisticsRegions {
        levelThreeGoodRegions = levelThreeGoodRegions == null ? Map.of() : Map.copyOf(levelThreeGoodRegions);
    }
}
