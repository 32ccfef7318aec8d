package org.example.gov.evaluation.rating;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.example.gov.evaluation.channel.Channel;
import org.example.gov.evaluation.invitation.Invitation;
import org.example.gov.evaluation.invitation.InvitationRepository;
import org.example.gov.evaluation.invitation.Stage;
import org.example.gov.evaluation.onsite.OccurrenceRepository;
import org.example.gov.evaluation.onsite.ServiceOccurrence;
import org.example.gov.evaluation.rectification.RectificationService;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings are bound to the applicant: an online rating uses the applicant's own invitation, an on-site rating the
 * window occurrence (the applicant's phone or the window device), a hotline rating the case's invitation with the
 * applicant named by the call-back. Staff never rate for an applicant.
 */
@Service
public class RatingService {

    private final InvitationRepository invitations;
    private final OccurrenceRepository occurrences;
    private final RatingRepository ratings;
    private final Outbox outbox;
    private final Clock clock;
    private final RectificationService rectification;
    private final Duration invitationValidity;

    public RatingService(InvitationRepository invitations, OccurrenceRepository occurrences, RatingRepository ratings,
            Outbox outbox, Clock clock, RectificationService rectification,
            @Value("${platform.evaluation.invitation-validity:P15D}") Duration invitationValidity) {
        this.invitations = invitations;
        this.occurrences = occurrences;
        this.ratings = ratings;
        this.outbox = outbox;
        this.clock = clock;
        this.rectification = rectification;
        this.invitationValidity = invitationValidity;
    }

    /** 一事一评 online: the invited applicant rates a case at a stage, once. */
    @Transactional
    public Rating rate(String caseId, Stage stage, int level, List<String> tags, String comment, Channel channel,
            Actor rater) {
        Invitation invitation = invitations.findForUpdate(caseId, stage)
                .filter(i -> i.isFor(rater.id()))
                .orElseThrow(() -> new NotFoundException("INVITATION_NOT_FOUND",
                        "No rating invitation for you for case " + caseId + " at stage " + stage, caseId, stage));
        Instant now = clock.instant();
        invitation.useFor(rater.id(), now);
        Rating rating = Rating.online(invitation, level, tags, comment, channel, rater.id(), now);
        invitations.updateStatus(invitation);
        return record(rating);
    }

    /** 一次一评: the window occurrence's one rating, from its device or the served applicant's phone. */
    @Transactional
    public Rating rateOnSite(String occurrenceId, int level, List<String> tags, String comment, Actor submitter) {
        ServiceOccurrence occurrence = occurrences.findForUpdate(occurrenceId)
                .orElseThrow(() -> new NotFoundException("OCCURRENCE_NOT_FOUND",
                        "No window service occurrence " + occurrenceId + " for you", occurrenceId));
        Instant now = clock.instant();
        Channel channel = occurrence.rateBy(submitter, now);
        Rating rating = Rating.onSite(occurrence, level, tags, comment, channel, now);
        occurrences.updateStatus(occurrence);
        return record(rating);
    }

    /**
     * A rating the applicant gave in a 12345 call-back (channel HOTLINE). It is the case's rating for that stage: it
     * uses the case's invitation (opened from the call-back's own data if no case event has arrived yet), so the case
     * is still rated once per stage. Runs in the hotline consumer's transaction.
     *
     * @return false if the case was already rated at that stage (the call-back changes nothing)
     */
    @Transactional
    public boolean rateFromHotline(HotlineRating call) {
        Instant now = clock.instant();
        invitations.insertIfAbsent(Invitation.open(call.caseId(), call.caseNumber(), call.stage(), call.applicantId(),
                call.itemCode(), call.itemName(), call.department(), call.region(), null, Channel.HOTLINE,
                call.calledAt(), invitationValidity));
        Invitation invitation = invitations.findForUpdate(call.caseId(), call.stage()).orElseThrow();
        if (!invitation.isFor(call.applicantId())) {
            throw new BusinessRuleViolationException("RATER_NOT_APPLICANT", "applicantId",
                    "A hotline rating must come from the case's applicant", call.caseNumber());
        }
        if (invitation.status() == Invitation.Status.RATED) {
            return false;
        }
        invitation.useFor(call.applicantId(), call.calledAt().isAfter(now) ? now : call.calledAt());
        Rating rating = Rating.hotline(invitation, call.level(), call.tags(), call.comment(), call.applicantId(), now,
                call.callbackId());
        invitations.updateStatus(invitation);
        record(rating);
        return true;
    }

    /**
     * gov.hotline.department-rated.v1: a 12345 caller rated the department that handled a ticket not about a case. One
     * rating per call-back; a 不满意 one opens a rectification (差评整改) with its deadline, as for every other channel.
     * Runs in the hotline consumer's transaction.
     *
     * @return false if this call-back was already recorded
     */
    @Transactional
    public boolean rateDepartmentFromHotline(DepartmentRating call) {
        if (ratings.existsByInvitation(call.callbackId())) {
            return false;
        }
        record(Rating.hotlineTicket(call.callbackId(), call.ticketId(), call.ticketNumber(), call.level(), call.comment(),
                call.callerId(), call.department(), call.departmentRegion(), call.categoryCode(), clock.instant()));
        return true;
    }

    private Rating record(Rating rating) {
        ratings.insert(rating);
        outbox.publish(RatingEvents.TOPIC, RatingEvents.RATING_SUBMITTED, rating.caseId(),
                RatingEvents.RatingSubmitted.of(rating));
        if (rating.isBad()) { // 差评 → a rectification ticket for the responsible department, in this transaction
            rectification.openFor(new RectificationService.BadRating(rating.id(), rating.caseId(), rating.caseNumber(),
                    rating.level(), rating.raterId(), rating.department(), rating.itemCode(), rating.objects().region(),
                    rating.objects().hallCode(), rating.objects().staffId(), rating.channel().name()));
        }
        return rating;
    }

    /** gov.hotline.department-rated.v1, as the hotline consumer reads it. */
    public record DepartmentRating(String callbackId, String ticketId, String ticketNumber, int level, String comment,
            String callerId, String department, String departmentRegion, String categoryCode) {
    }

    /** gov.hotline.callback-rated.v1, as the hotline consumer reads it. */
    public record HotlineRating(String callbackId, String caseId, String caseNumber, Stage stage, String applicantId,
            int level, List<String> tags, String comment, String department, String region, String itemCode,
            String itemName, Instant calledAt) {
    }
}
