package org.example.gov.trading.award.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.award.ContractService;
import org.example.gov.trading.tender.LotId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract of an awarded lot (合同签订): due within 30 days of the award notice, on the awarded price, not while a
 * procurement challenge is unanswered or a complaint has the procedure suspended; or the winner's refusal to sign.
 */
@RestController
@RequestMapping("/api/trading/lots/{lotId}/contract")
@Tag(name = "award", description = "公共资源交易 — 中标候选人公示、异议与定标")
public class ContractController {

    private final ContractService contracts;

    public ContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "The lot's contract: status, last day, warnings raised, signature or refusal (409 before the award notice)")
    public ContractResponse view(@PathVariable LotId lotId, Actor actor) {
        return ContractResponse.of(contracts.view(lotId, actor));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Record the signed contract: the lot becomes CONTRACTED, the winner's guarantee is released and the deposits' refunds scheduled")
    @ApiResponse(responseCode = "422", description = "CONTRACT_AMOUNT_DEVIATES, CONTRACT_BEFORE_AWARD_NOTICE, CONTRACT_DATE_IN_FUTURE, CHALLENGE_OPEN, PROCEDURE_SUSPENDED",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ContractResponse sign(@PathVariable LotId lotId, @Valid @RequestBody ContractRequest r, Actor actor) {
        return ContractResponse.of(contracts.sign(lotId, r.number(), r.signedOn(), r.amount(), r.documentSha256(),
                actor));
    }

    @PostMapping("/refusal")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Record the winner's refusal to sign: its verified guarantee is claimed (招标投标法实施条例 第74条)")
    public ContractResponse refuse(@PathVariable LotId lotId, @Valid @RequestBody RefusalRequest r, Actor actor) {
        return ContractResponse.of(contracts.refuse(lotId, r.reason(), actor));
    }
}
