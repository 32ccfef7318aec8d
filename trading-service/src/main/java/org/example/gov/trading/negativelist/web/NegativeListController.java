package org.example.gov.trading.negativelist.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.negativelist.TenderDocumentService;
import org.example.gov.trading.tender.ProjectId;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The negative list (负面清单) of tender documents: the rules, a dry-run scan for editors, a draft's stored text with its
 * warnings, and the reviewer's override. The block itself is in the announcement (422 NEGATIVE_LIST_HITS).
 */
@RestController
@RequestMapping("/api/trading")
@Tag(name = "negative-list", description = "公共资源交易 — 招标文件负面清单：起草时提示，发布时拦截，审核人员可说明理由放行")
public class NegativeListController {

    private final TenderDocumentService documents;

    public NegativeListController(TenderDocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/negative-list/rules")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "The clauses the negative list forbids, each with its legal basis")
    public List<RuleResponse> rules() {
        return documents.rules().stream().map(RuleResponse::of).toList();
    }

    @PostMapping("/negative-list/scan")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "Check a text while it is written: its hits, nothing stored")
    public List<HitResponse> scan(@Valid @RequestBody DocumentTextRequest r) {
        return documents.scan(r.text()).stream().map(HitResponse::of).toList();
    }

    @PutMapping("/projects/{id}/document")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Store a draft's tender document text: its hits come back at once (409 once announced)")
    @ApiResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: the project is no longer a draft",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public TenderDocumentResponse draft(@PathVariable ProjectId id, @Valid @RequestBody DocumentTextRequest r, Actor actor) {
        return TenderDocumentResponse.of(documents.draft(id, r.text(), actor));
    }

    @GetMapping("/projects/{id}/document")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "A project's stored document text with its hits and any override")
    @ApiResponse(responseCode = "404", description = "PROJECT_NOT_FOUND, TENDER_DOCUMENT_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public TenderDocumentResponse view(@PathVariable ProjectId id, Actor actor) {
        return TenderDocumentResponse.of(documents.view(id, actor));
    }

    @PostMapping("/projects/{id}/document/override")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "A reviewer of the trading centre accepts the current text's hits with a reason")
    @ApiResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: no hits, or no longer a draft",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public TenderDocumentResponse override(@PathVariable ProjectId id, @Valid @RequestBody OverrideRequest r, Actor actor) {
        return TenderDocumentResponse.of(documents.override(id, r.reason(), actor));
    }
}
