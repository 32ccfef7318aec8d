package org.example.gov.evaluation.rating;

import java.time.Instant;

/** Events on {@value #TOPIC}; schemas in contracts/events/evaluation. */
public final class RatingEvents {

    public static final String TOPIC = "gov.evaluation.events";
    public static final String RATING_SUBMITTED = "gov.evaluation.rating-submitted.v1";

    private RatingEvents() {
    }

    /**
     * No rater identity: the rated department must not learn who rated (DOMAIN.md §5, privacy). The rated staff
     * member's id is there: statistics per staff member are the point of 好差评.
     */
    public record RatingSubmitted(String ratingId, String caseId, String caseNumber, String stage, int level,
            boolean bad, String channel, String department, String itemCode, Instant ratedAt, String source,
            String region, String itemName, String hallCode, String windowId, String staffId) {

        static RatingSubmitted of(Rating r) {
            return new RatingSubmitted(r.id(), r.caseId(), r.caseNumber(), r.stage().name(), r.level(), r.isBad(),
                    r.channel().name(), r.department(), r.itemCode(), r.ratedAt(), r.source().name(),
                    r.objects().region(), r.objects().itemName(), r.objects().hallCode(), r.objects().windowId(),
                    r.objects().staffId());
        }
    }
}
