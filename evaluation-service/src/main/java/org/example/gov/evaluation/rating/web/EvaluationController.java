package org.example.gov.evaluation.rating.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.example.gov.evaluation.channel.Channel;
import org.example.gov.evaluation.invitation.Invitation;
import org.example.gov.evaluation.invitation.InvitationService;
import org.example.gov.evaluation.invitation.Stage;
import org.example.gov.evaluation.rating.Rating;
import org.example.gov.evaluation.rating.RatingService;
import org.example.gov.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's side of 好差评: my invitations, and rating a case. */
@RestController
@RequestMapping("/api/evaluations")
public class EvaluationController {

    private final InvitationService invitations;
    private final RatingService ratings;

    public EvaluationController(InvitationService invitations, RatingService ratings) {
        this.invitations = invitations;
        this.ratings = ratings;
    }

    @GetMapping("/invitations")
    @PreAuthorize("hasRole('APPLICANT')")
    public List<InvitationResponse> myInvitations(@RequestParam(required = false) String caseId, Actor applicant) {
        return invitations.forApplicant(applicant.id(), caseId).stream().map(InvitationResponse::of).toList();
    }

    @PostMapping("/ratings")
    @PreAuthorize("hasRole('APPLICANT')")
    public ResponseEntity<RatingResponse> rate(@Valid @RequestBody RateRequest request, Actor applicant) {
        Rating rating = ratings.rate(request.caseId(), request.stage(), request.level(), request.tags(), request.comment(),
                request.channel() == null ? Channel.WEB : request.channel(), applicant);
        return ResponseEntity.created(URI.create("/api/evaluations/ratings/" + rating.id())).body(RatingResponse.of(rating));
    }

    /**
     * 一次一评: the one rating of a window service occurrence, from the window's device (role WINDOW_DEVICE, subject =
     * window id) or the served applicant's phone (QR code). Staff roles cannot call it; a second rating answers 409.
     */
    @PostMapping("/service-occurrences/{id}/rating")
    @PreAuthorize("hasAnyRole('APPLICANT','WINDOW_DEVICE')")
    public ResponseEntity<RatingResponse> rateOnSite(@PathVariable String id, @Valid @RequestBody OnSiteRateRequest request,
            Actor submitter) {
        Rating rating = ratings.rateOnSite(id, request.level(), request.tags(), request.comment(), submitter);
        return ResponseEntity.created(URI.create("/api/evaluations/ratings/" + rating.id())).body(RatingResponse.of(rating));
    }

    public record RateRequest(
            @NotBlank @Size(max = 36) String caseId,
            @NotNull Stage stage,
            @NotNull @Min(1) @Max(5) Integer level,
            @Size(max = 10) List<@Size(max = 32) String> tags,
            @Size(max = 1000) String comment,
            Channel channel) {
    }

    public record OnSiteRateRequest(
            @NotNull @Min(1) @Max(5) Integer level,
            @Size(max = 10) List<@Size(max = 32) String> tags,
            @Size(max = 1000) String comment) {
    }

    public record InvitationResponse(String id, String caseId, String caseNumber, Stage stage, String itemName,
            String department, String status, Instant openedAt, Instant expiresAt) {

        static InvitationResponse of(Invitation i) {
            return new InvitationResponse(i.id(), i.caseId(), i.caseNumber(), i.stage(), i.itemName(), i.department(),
                    i.status().name(), i.openedAt(), i.expiresAt());
        }
    }

    /** The rated objects: the case, the item, the department, the hall and window (on site), the staff member. */
    public record RatedObjectsResponse(String caseId, String itemCode, String itemName, String department, String region,
            String hallCode, String windowId, String staffId) {
    }

    public record RatingResponse(String id, String caseId, String caseNumber, Stage stage, int level, boolean bad,
            List<String> tags, String comment, Channel channel, String source, RatedObjectsResponse ratedObjects,
            Instant ratedAt) {

        static RatingResponse of(Rating r) {
            return new RatingResponse(r.id(), r.caseId(), r.caseNumber(), r.stage(), r.level(), r.isBad(), r.tags(),
                    r.comment(), r.channel(), r.source().name(),
                    new RatedObjectsResponse(r.caseId(), r.objects().itemCode(), r.objects().itemName(),
                            r.objects().department(), r.objects().region(), r.objects().hallCode(),
                            r.objects().windowId(), r.objects().staffId()),
                    r.ratedAt());
        }
    }
}
