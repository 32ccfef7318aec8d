package org.example.gov.evaluation.rating;

import java.time.Instant;

/** Events on {@value #TOPIC}; schemas in contracts/events/evaluation. */
public final class RatingEvents {

    public static final String TOPIC = "gov.evaluation.events";
    public static final String RATING_SUBMITTED = "gov.evaluation.rating-submitted.v1";

    private RatingEvents() {
    }

    /** No rater identity: the rated department must not learn who rated (DOMAIN.md §5, privacy). */
    public record RatingSubmitted(String ratingId, String caseId, String caseNumber, String stage, int level,
            boolean bad, String channel, String department, String itemCode, Instant ratedAt) {

        static RatingSubmitted of(Rating r) {
            return new RatingSubmitted(r.id(), r.caseId(), r.caseNumber(), r.stage().name(), r.level(), r.isBad(),
                    r.channel(), r.department(), r.itemCode(), r.ratedAt());
        }
    }
}
