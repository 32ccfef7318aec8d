package org.example.gov.trading.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.trading.tender.Track;

/**
 * The committee's report (评标报告): every valid bid ranked, the first up to {@value #CANDIDATES} of them the candidates
 * (中标候选人), the bids not ranked with their reasons.
 *
 * @param benchmark   the lowest valid evaluated price (评标基准价); null when no bid is valid
 * @param meanPrice   the mean of the prices of the bids not invalidated, the abnormally-low test's reference
 * @param experts     how many seated experts' scores count
 */
public record EvaluationReport(MethodKind method, BigDecimal benchmark, BigDecimal meanPrice, List<RankedBid> ranking,
        List<RejectedBid> rejected, int experts) {

    public static final int CANDIDATES = 3;

    /** Valid bids that make a competition (政府采购法 第36条; 评标委员会和评标方法暂行规定 第27条). */
    public static final int MIN_VALID = 3;

    public EvaluationReport {
        ranking = List.copyOf(ranking);
        rejected = List.copyOf(rejected);
    }

    /**
     * Why the lot fails at completion instead of publishing candidates, or null when it does not:
     * <ul>
     * <li>no valid bid: every bid rejected ({@code ALL_BIDS_REJECTED}), in both tracks;</li>
     * <li>fewer than {@value #MIN_VALID} valid bids in government procurement: 废标 ({@code TOO_FEW_VALID_BIDS},
     * 政府采购法 第36条第一款第(一)项);</li>
     * <li>fewer than {@value #MIN_VALID} in construction: the committee may reject all, the competition being lacking
     * (招标投标法 第42条第一款, 评标委员会和评标方法暂行规定 第27条) — only when it says so ({@code committeeRejectsAll});
     * otherwise its candidates go to publicity.</li>
     * </ul>
     * A committee rejecting all while {@value #MIN_VALID} or more bids are valid: 422 REJECT_ALL_NOT_ALLOWED (it
     * invalidates the bids one by one, each with its reason, instead).
     */
    public String failure(Track track, boolean committeeRejectsAll) {
        if (ranking.isEmpty()) {
            return "ALL_BIDS_REJECTED";
        }
        if (ranking.size() >= MIN_VALID) {
            if (committeeRejectsAll) {
                throw new BusinessRuleViolationException("REJECT_ALL_NOT_ALLOWED", "rejectAll",
                        "{0} bids are valid: a committee rejects all only when fewer than {1} are; invalidate bids one by "
                                + "one with their reasons instead", ranking.size(), MIN_VALID);
            }
            return null;
        }
        if (track == Track.GOVERNMENT_PROCUREMENT) {
            return "TOO_FEW_VALID_BIDS";
        }
        return committeeRejectsAll ? "ALL_BIDS_REJECTED" : null;
    }

    public List<RankedBid> candidates() {
        return ranking.subList(0, Math.min(CANDIDATES, ranking.size()));
    }
}
