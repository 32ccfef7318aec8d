package org.example.gov.trading.scoring;

/** How a lot's bids are evaluated (招标投标法实施条例 / 87号令 第53条). */
public enum MethodKind {
    /**
     * 经评审的最低投标价法 / 最低评标价法: the bids that pass the review are ranked by evaluated price, lowest first; the
     * criteria are pass/fail (recorded as invalidations), nothing is scored.
     */
    LOWEST_EVALUATED_PRICE,
    /**
     * 综合评估法 / 综合评分法: a price score (benchmark ÷ evaluated price × price weight) plus the means of the experts'
     * points per technical and commercial criterion; ranked by total.
     */
    COMPREHENSIVE_SCORING
}
