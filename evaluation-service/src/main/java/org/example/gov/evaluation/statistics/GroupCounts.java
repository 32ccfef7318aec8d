package org.example.gov.evaluation.statistics;

/**
 * What the sources count for one group key in one region, as the live queries and the daily rollup both hold it.
 * Ratings are kept per level (upheld appeals left out of the levels, counted in {@code excluded}), so whether
 * 基本满意 is good is decided per region only when the figures are made ({@link #figures}). Level 1 also holds any
 * level below 1 and level 5 any above 5, as the good/bad rules (≤ 2 bad, ≥ 4 good) would count them.
 */
public record GroupCounts(String region, String key, long services, long rated, long expired, long ratings,
        long excluded, long level1, long level2, long level3, long level4, long level5, long tickets, long due,
        long onTime, long calledBack) {

    static GroupCounts services(String region, String key, long services, long rated, long expired) {
        return new GroupCounts(region, key, services, rated, expired, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static GroupCounts ratings(String region, String key, long ratings, long excluded, long level1, long level2,
            long level3, long level4, long level5) {
        return new GroupCounts(region, key, 0, 0, 0, ratings, excluded, level1, level2, level3, level4, level5, 0, 0,
                0, 0);
    }

    static GroupCounts tickets(String region, String key, long tickets, long due, long onTime, long calledBack) {
        return new GroupCounts(region, key, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, tickets, due, onTime, calledBack);
    }

    /** The same group (region and key) counted by another source. */
    public GroupCounts plus(GroupCounts o) {
        return new GroupCounts(region, key, services + o.services, rated + o.rated, expired + o.expired,
                ratings + o.ratings, excluded + o.excluded, level1 + o.level1, level2 + o.level2, level3 + o.level3,
                level4 + o.level4, level5 + o.level5, tickets + o.tickets, due + o.due, onTime + o.onTime,
                calledBack + o.calledBack);
    }

    /** The region and key, what two rows must share to be added up. */
    public Group group() {
        return new Group(region, key);
    }

    /** The figures, level 3 counted as good where the policy says so for this group's region. */
    public Figures figures(GoodLevelPolicy policy) {
        long good = level4 + level5 + (policy.isGood(3, region) ? level3 : 0);
        return new Figures(key, services, rated, expired, ratings, excluded, good, level1 + level2, tickets, due,
                onTime, calledBack);
    }

    /** A group key in a region; the key may be null (e.g. the hall of an online rating). */
    public record Group(String region, String key) {
    }
}
