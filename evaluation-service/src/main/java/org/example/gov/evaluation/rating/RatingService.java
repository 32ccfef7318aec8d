package org.example.gov.evaluation.rating;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.example.gov.evaluation.invitation.Invitation;
import org.example.gov.evaluation.invitation.InvitationRepository;
import org.example.gov.evaluation.invitation.Stage;
import org.example.gov.evaluation.rectification.RectificationService;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ratings are bound to the invited applicant: nobody else (a clerk included) can use the invitation. */
@Service
public class RatingService {

    private final InvitationRepository invitations;
    private final RatingRepository ratings;
    private final Outbox outbox;
    private final Clock clock;
    private final RectificationService rectification;

    public RatingService(InvitationRepository invitations, RatingRepository ratings, Outbox outbox, Clock clock,
            RectificationService rectification) {
        this.rectification = rectification;
        this.invitations = invitations;
        this.ratings = ratings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Rating rate(String caseId, Stage stage, int level, List<String> tags, String comment, String channel,
            Actor rater) {
        Invitation invitation = invitations.findForUpdate(caseId, stage)
                .filter(i -> i.isFor(rater.id()))
                .orElseThrow(() -> new NotFoundException("INVITATION_NOT_FOUND",
                        "No rating invitation for you for case " + caseId + " at stage " + stage, caseId, stage));
        Instant now = clock.instant();
        invitation.useFor(rater.id(), now);
        Rating rating = Rating.of(invitation, level, tags, comment, channel, rater.id(), now);
        ratings.insert(rating);
        invitations.updateStatus(invitation);
        outbox.publish(RatingEvents.TOPIC, RatingEvents.RATING_SUBMITTED, rating.caseId(),
                RatingEvents.RatingSubmitted.of(rating));
        if (rating.isBad()) { // 差评 → a rectification ticket for the responsible department, in this transaction
            rectification.openFor(new RectificationService.BadRating(rating.id(), rating.caseId(), rating.caseNumber(),
                    rating.level(), rating.raterId(), rating.department(), rating.itemCode()));
        }
        return rating;
    }
}
