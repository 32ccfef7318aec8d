package org.example.gov.evaluation.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.evaluation.statistics.config.StatisticsRegions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 好差评 statistics for supervisors and for publication; see {@link Figures} for the definitions. */
@Service
public class StatisticsService {

    private final StatisticsRepository repository;
    private final GoodLevelPolicy policy;

    public StatisticsService(StatisticsRepository repository,
            @Value("${platform.evaluation.statistics.level-three-good:true}") boolean levelThreeGood,
            StatisticsRegions regions) {
        this.repository = repository;
        this.policy = new GoodLevelPolicy(levelThreeGood, regions.levelThreeGoodRegions());
    }

    /** The groups (sorted by key, a missing key last) and their total. */
    @Transactional(readOnly = true)
    public Report report(StatisticsPeriod period, Dimension by, String region) {
        Map<String, Figures> groups = new LinkedHashMap<>();
        for (Figures row : repository.figures(by, period.start(), period.end(), region, policy)) {
            groups.merge(String.valueOf(row.key()), row, Figures::plus);
        }
        List<Figures> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparing(Figures::key, Comparator.nullsLast(Comparator.naturalOrder())));
        Figures total = sorted.stream().reduce(Figures.empty("TOTAL"), Figures::plus).withKey("TOTAL");
        return new Report(period, by, region, sorted, total);
    }

    public GoodLevelPolicy policy() {
        return policy;
    }

    public record Report(StatisticsPeriod period, Dimension by, String region, List<Figures> groups, Figures total) {
    }
}
