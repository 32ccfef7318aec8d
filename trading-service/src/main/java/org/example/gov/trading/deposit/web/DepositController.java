package org.example.gov.trading.deposit.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.security.Actor;
import org.example.gov.trading.deposit.DepositId;
import org.example.gov.trading.deposit.DepositPayment;
import org.example.gov.trading.deposit.DepositService;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bid deposits paid by transfer (投标保证金): recording, refund schedule, refunds with late interest, overdue list. */
@RestController
@Validated
@RequestMapping("/api/trading")
@Tag(name = "bid-security", description = "投标担保 — 投标保证金的收取、退还与逾期利息")
public class DepositController {

    private final DepositService deposits;

    public DepositController(DepositService deposits) {
        this.deposits = deposits;
    }

    @PostMapping("/lots/{lotId}/deposits")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Record a deposit received by transfer for a tendering lot (bidder, amount, paying account, day)")
    public ResponseEntity<DepositResponse> record(@PathVariable LotId lotId, @Valid @RequestBody RecordDepositRequest r,
            Actor actor) {
        DepositPayment d = deposits.record(lotId, r.bidder(), Money.yuan(r.amount()), r.payingAccount(), r.paidOn(),
                actor);
        return ResponseEntity.created(URI.create("/api/trading/deposits/" + d.id())).body(DepositResponse.of(d));
    }

    @GetMapping("/lots/{lotId}/deposits/mine")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "The caller's own deposits on a lot, with their refund date and interest")
    public List<DepositResponse> mine(@PathVariable LotId lotId, Actor actor) {
        return deposits.mine(lotId, actor).stream().map(DepositResponse::of).toList();
    }

    @PostMapping("/lots/{lotId}/deposit-refund-schedule")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Fix the refund dates from the award notice and the contract (422 before the award); answers the deposits scheduled now")
    public List<DepositResponse> schedule(@PathVariable LotId lotId, @Valid @RequestBody RefundScheduleRequest r,
            Actor actor) {
        return deposits.scheduleRefunds(lotId, r.successfulBidder(), r.awardNoticeOn(), r.contractSignedOn(), actor)
                .stream().map(DepositResponse::of).toList();
    }

    @PostMapping("/deposits/{id}/refund")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Record a deposit's refund; a refund after its due date owes interest (construction: bank deposit rate; procurement: loan rate + 20%)")
    public DepositResponse refund(@PathVariable DepositId id, @Valid @RequestBody RefundRequest r, Actor actor) {
        return DepositResponse.of(deposits.refund(id, r.refundedOn(), actor));
    }

    /** One overdue refund. */
    public record OverdueResponse(DepositResponse deposit, long daysOverdue, String interestToDate) {
    }

    @GetMapping("/deposits/refund-overdue")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "Deposits not refunded by their due date in the caller's region, most overdue first, with the interest owed to date")
    public List<OverdueResponse> overdue(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Actor actor) {
        return deposits.overdue(actor, page, size).stream().map(o -> new OverdueResponse(
                DepositResponse.of(o.deposit()), o.daysOverdue(), o.interestToDate().amount().toPlainString())).toList();
    }

}
