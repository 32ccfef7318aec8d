package org.example.gov.evaluation.rating;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.example.gov.evaluation.invitation.Invitation;
import org.example.gov.evaluation.invitation.Stage;
import org.example.gov.platform.problem.BusinessRuleViolationException;

/** A rating of a case at one stage: five levels, 1-2 being a bad review (差评). */
public record Rating(String id, String invitationId, String caseId, String caseNumber, Stage stage, int level,
        List<String> tags, String comment, String channel, String raterId, String department, String itemCode,
        Instant ratedAt) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    public Rating {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new BusinessRuleViolationException("RATING_LEVEL_OUT_OF_RANGE", "level", "level must be 1..5", level);
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static Rating of(Invitation invitation, int level, List<String> tags, String comment, String channel,
            String raterId, Instant now) {
        return new Rating(UUID.randomUUID().toString(), invitation.id(), invitation.caseId(), invitation.caseNumber(),
                invitation.stage(), level, tags, comment, channel, raterId, invitation.department(),
                invitation.itemCode(), now);
    }

    public boolean isBad() {
        return level <= 2;
    }
}
