package org.example.gov.trading.opening.web;

import java.io.IOException;
import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.security.Actor;
import org.example.gov.trading.bid.ClientOrigin;
import org.example.gov.trading.client.MachineFingerprint;
import org.example.gov.trading.opening.OpeningObjection;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.tender.LotId;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The online opening (不见面开标): bidders decrypt their own bids in the window, trading-centre staff record platform
 * failures, bidders raise objections that the tenderee answers on the spot, everyone concerned follows it live and
 * reads the published record. Lots out of the caller's reach answer 404.
 */
@RestController
@RequestMapping("/api/trading")
@Tag(name = "bid-opening", description = "公共资源交易 — 开标：在线解密、撤销与撤回、开标异议、开标记录、不见面开标直播")
public class OpeningController {

    private final OpeningService openings;
    private final SseLiveOpening live;

    public OpeningController(OpeningService openings, SseLiveOpening live) {
        this.openings = openings;
        this.live = live;
    }

    public record DecryptionRequest(@NotBlank @Size(max = 100) String key) {
    }

    public record DecryptionResponse(String result, String reason) {
    }

    public record PlatformFailureRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record ObjectionRequest(@NotBlank @Size(max = 2000) String text) {
    }

    public record AnswerRequest(@NotBlank @Size(max = 2000) String answer) {
    }

    @PostMapping("/lots/{lotId}/bids/mine/decryption")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "Decrypt the caller's bid in the decryption window with the SM4 key unwrapped from their envelope")
    @ApiResponse(responseCode = "200", description = "DECRYPTED, REVOKED (撤销, with the reason) or PENDING (a platform-side failure for staff to record)")
    @ApiResponse(responseCode = "422", description = "DECRYPTION_WINDOW_CLOSED",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "BID_ALREADY_DECIDED",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public DecryptionResponse decrypt(@PathVariable LotId lotId, @Valid @RequestBody DecryptionRequest r, Actor actor,
            jakarta.servlet.http.HttpServletRequest request) {
        // where the decryption came from is collusion evidence (sealed; shown to staff after the record is published)
        ClientOrigin origin = ClientOrigin.of(request.getHeader("X-Forwarded-For"), request.getRemoteAddr(),
                request.getHeader(MachineFingerprint.HEADER));
        OpeningService.Outcome o = openings.decrypt(lotId, r.key(), actor, origin);
        return new DecryptionResponse(o.result().name(), o.reason());
    }

    @GetMapping("/lots/{lotId}/opening")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR', 'BIDDER')")
    @Operation(summary = "A lot's opening: stage and window; bidders, prices and results once the record is published")
    @ApiResponse(responseCode = "404", description = "OPENING_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public OpeningResponse record(@PathVariable LotId lotId, Actor actor) {
        return OpeningResponse.of(openings.view(lotId, actor));
    }

    @GetMapping(path = "/lots/{lotId}/opening/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR', 'BIDDER')")
    @Operation(summary = "Follow a lot's opening live (server-sent events): window opened, each result, record published")
    public SseEmitter live(@PathVariable LotId lotId, Actor actor) throws IOException {
        openings.checkFollows(lotId, actor);
        SseEmitter emitter = live.follow(lotId);
        emitter.send(SseEmitter.event().name("following").data(java.util.Map.of("lotId", lotId.toString())));
        return emitter;
    }

    @PostMapping("/lots/{lotId}/opening/bids/{bidId}/platform-failure")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Record a failure on the platform's side for one bid: 撤回 (WITHDRAWN) with what failed")
    @ApiResponse(responseCode = "204", description = "recorded")
    @ApiResponse(responseCode = "409", description = "BID_ALREADY_DECIDED, or the opening is not running",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<Void> platformFailure(@PathVariable LotId lotId, @PathVariable String bidId,
            @Valid @RequestBody PlatformFailureRequest r, Actor actor) {
        openings.recordPlatformFailure(lotId, bidId, r.reason(), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/lots/{lotId}/opening/objections")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "Raise an objection at the opening (开标异议), answered on the spot")
    @ApiResponse(responseCode = "201", description = "recorded")
    public ResponseEntity<OpeningResponse.ObjectionLine> object(@PathVariable LotId lotId,
            @Valid @RequestBody ObjectionRequest r, Actor actor) {
        OpeningObjection o = openings.fileObjection(lotId, r.text(), actor);
        return ResponseEntity.created(URI.create("/api/trading/lots/" + lotId + "/opening"))
                .body(OpeningResponse.ObjectionLine.of(o));
    }

    @PostMapping("/lots/{lotId}/opening/objections/{objectionId}/answer")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Answer an objection at the opening (tenderee or its agent)")
    @ApiResponse(responseCode = "409", description = "OBJECTION_ALREADY_ANSWERED",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public OpeningResponse.ObjectionLine answer(@PathVariable LotId lotId, @PathVariable String objectionId,
            @Valid @RequestBody AnswerRequest r, Actor actor) {
        return OpeningResponse.ObjectionLine.of(openings.answerObjection(lotId, objectionId, r.answer(), actor));
    }
}
