package org.example.gov.evaluation.statistics;

import java.util.HashMap;
import java.util.Map;

import org.example.gov.platform.scope.Scope;

/**
 * Which regions a report counts: the requested region (null = every region) within what the reader may see. A
 * supervisor's figures are held to their scope, their region and every region below it (DOMAIN.md §1); the published
 * figures and the daily roll-up count everything. The roll-up and the live path both apply it, as SQL over their
 * {@code region} column, so a rolled-up day and a live day are filtered alike.
 *
 * <p>Statistics rows carry a region but no department of the reader's kind (a group key is not one), so the scope is
 * applied over regions only: a department reach, should one ever count here, matches no row (narrower, never wider).
 */
public record Coverage(String region, Scope.SqlCondition scope) {

    private static final Scope.SqlCondition EVERYWHERE = new Scope.SqlCondition("1 = 1", Map.of());

    /** Public figures and the roll-up: every region (or the requested one). */
    public static Coverage everywhere(String region) {
        return new Coverage(region, EVERYWHERE);
    }

    /** A reader's figures: the requested region (or all) as far as their scope reaches. */
    public static Coverage within(Scope scope, String region) {
        return new Coverage(region, scope.where("region", "NULL"));
    }

    /** The condition over a table's {@code region} column, with its parameters ({@link #params()}). */
    String sql() {
        return "(:region IS NULL OR region = :region) AND " + scope.sql();
    }

    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("region", region);
        return params;
    }
}
