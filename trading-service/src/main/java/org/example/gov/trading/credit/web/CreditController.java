package org.example.gov.trading.credit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.credit.CreditRecord;
import org.example.gov.trading.credit.CreditService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bad-behaviour records (不良行为记录) of bidders, agents and experts: recorded, corrected and revoked by staff and
 * supervisors of the issuing region, read by staff and supervisors of any region and by the subject itself; the
 * organisations' barring records in force are public (no login: platform.security.public-paths, the gateway's
 * PUBLIC_GET_PATHS).
 */
@RestController
@RequestMapping("/api/trading")
@Validated
@Tag(name = "credit", description = "公共资源交易 — 信用：不良行为记录")
public class CreditController {

    private final CreditService credit;
    private final Clock clock;

    public CreditController(CreditService credit, Clock clock) {
        this.credit = credit;
        this.clock = clock;
    }

    @PostMapping("/credit/records")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "Record a decision as a bad-behaviour record; a barring record keeps the subject out of bidding (organisations at most 3 years)")
    @ApiResponse(responseCode = "422", description = "CREDIT_PERIOD_INVALID, CREDIT_BAR_TOO_LONG, CREDIT_FIELD_REQUIRED, CREDIT_SUBJECT_INVALID, REGION_INVALID, CREDIT_EXPERT_NAME_NOT_KEPT",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public CreditRecordResponse record(@Valid @RequestBody RecordCreditRequest r, Actor actor) {
        CreditRecord record = credit.record(new CreditRecord.Facts(r.subjectKind(), r.subjectId(), r.subjectName(),
                r.misconduct(), r.basis(), r.decisionRef(), r.department(), r.region(), r.track(), r.bars(), r.from(),
                r.until()), actor);
        return CreditRecordResponse.of(record, today());
    }

    @GetMapping("/credit/records/{recordId}")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR', 'BIDDER', 'TENDER_AGENT')")
    @Operation(summary = "One record with its history (staff and supervisors; a bidder or agent its own)")
    @ApiResponse(responseCode = "404", description = "CREDIT_RECORD_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public CreditRecordResponse get(@PathVariable UUID recordId, Actor actor) {
        return CreditRecordResponse.of(credit.get(recordId, actor), today());
    }

    @PostMapping("/credit/records/{recordId}/correction")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "Correct a record's period with the reason (a new line of its history; 409 once revoked)")
    public CreditRecordResponse correct(@PathVariable UUID recordId, @Valid @RequestBody CorrectionRequest r,
            Actor actor) {
        return CreditRecordResponse.of(credit.correct(recordId, r.from(), r.until(), r.reason(), actor), today());
    }

    @PostMapping("/credit/records/{recordId}/revocation")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "Revoke a record with the reason: it stays on file and bars nothing (409 when already revoked)")
    public CreditRecordResponse revoke(@PathVariable UUID recordId, @Valid @RequestBody RevocationRequest r,
            Actor actor) {
        return CreditRecordResponse.of(credit.revoke(recordId, r.reason(), actor), today());
    }

    @GetMapping("/credit/subjects/{subjectId}")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR', 'BIDDER', 'TENDER_AGENT')")
    @Operation(summary = "A subject's credit lookup: every record, revoked and expired included, newest first")
    @ApiResponse(responseCode = "404", description = "CREDIT_SUBJECT_NOT_FOUND (a party asking about anyone but itself)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public List<CreditRecordResponse> subject(@PathVariable @Pattern(regexp = "[A-Za-z0-9_.@-]{1,100}") String subjectId,
            Actor actor) {
        LocalDate today = today();
        return credit.ofSubject(subjectId, actor).stream().map(r -> CreditRecordResponse.of(r, today)).toList();
    }

    @GetMapping("/public/credit-bars")
    @Operation(summary = "Open data: the organisations' barring records in force today, newest first (no login)")
    public List<PublicCreditBarResponse> publicBars(
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(CreditService.MAX_PAGE) int size) {
        return credit.publicBars(page, size).stream().map(PublicCreditBarResponse::of).toList();
    }

    private LocalDate today() {
        return ShanghaiDate.of(clock.instant());
    }
}
