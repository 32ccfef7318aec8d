package org.example.gov.trading.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A valid bid in the report, with its place. Amounts in yuan as computed (exact); scores rounded to 2 decimals HALF_UP
 * from their unrounded values (see {@link Scoring}); null where the method does not score.
 *
 * @param criterionMeans     the arithmetic mean of the seated experts' points per criterion code
 * @param tiedWithPrevious   same rounded total (or evaluated price) and same price as the bid ranked above: 并列, the
 *                           order between them is by bid id only and the tenderee decides per its documents
 */
public record RankedBid(int rank, String bidId, String bidder, BigDecimal price, boolean sme, BigDecimal evaluatedPrice,
        BigDecimal priceScore, Map<String, BigDecimal> criterionMeans, BigDecimal total,
        boolean abnormallyLowExplained, boolean tiedWithPrevious) {

    public RankedBid {
        criterionMeans = criterionMeans == null ? Map.of() : Map.copyOf(criterionMeans);
    }
}
