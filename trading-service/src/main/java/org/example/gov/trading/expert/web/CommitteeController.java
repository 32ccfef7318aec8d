package org.example.gov.trading.expert.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.security.Actor;
import org.example.gov.trading.expert.CommitteeService;
import org.example.gov.trading.tender.LotId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's evaluation committee (评标委员会): the random draw of its experts, the replacement of one, the committee and its
 * draws. Lots out of the caller's reach answer 404; the members stay secret from the parties until the result.
 */
@RestController
@Validated
@RequestMapping("/api/trading/lots/{lotId}/committee")
@Tag(name = "evaluation committees", description = "公共资源交易 — 评标委员会：专家随机抽取、回避、补抽")
public class CommitteeController {

    private final CommitteeService committees;

    public CommitteeController(CommitteeService committees) {
        this.committees = committees;
    }

    @PostMapping
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Draw the committee's experts at random (lot opening or in evaluation); 422 names the size rule or how many experts were eligible of how many needed")
    public ResponseEntity<CommitteeResponse> draw(@PathVariable LotId lotId, @Valid @RequestBody DrawCommitteeRequest r,
            Actor actor) {
        committees.draw(lotId, new CommitteeService.DrawOrder(r.specialty(), r.region(), r.members(),
                r.tendereeRepresentatives()), actor);
        return ResponseEntity.status(201).body(CommitteeResponse.of(committees.view(lotId, actor)));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR', 'TENDEREE', 'TENDER_AGENT', 'BIDDER')")
    @Operation(summary = "The committee (names masked): staff and supervisors always, with its draws; the tenderee, its agent and bidders once the result is known")
    public CommitteeResponse get(@PathVariable LotId lotId, Actor actor) {
        return CommitteeResponse.of(committees.view(lotId, actor));
    }

    @PostMapping("/seats/{seat}/replacement")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Replace the expert of a seat (recusal, absence, misconduct) by a new draw; the replaced expert's scores are void")
    public CommitteeResponse replace(@PathVariable LotId lotId, @PathVariable @Min(1) @Max(99) int seat,
            @Valid @RequestBody ReplacementRequest r, Actor actor) {
        committees.replace(lotId, seat, r.reason(), r.note(), actor);
        return CommitteeResponse.of(committees.view(lotId, actor));
    }

    @GetMapping("/draws/{drawId}")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "A draw's full record for audit (pool snapshot, exclusions with reasons, seed, experts drawn) and whether its replay matches")
    public DrawAuditResponse draw(@PathVariable LotId lotId, @PathVariable UUID drawId, Actor actor) {
        return DrawAuditResponse.of(committees.drawRecord(lotId, drawId, actor));
    }
}
