package org.example.gov.trading.guarantee.web;

import java.util.Base64;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.guarantee.GuaranteeService;
import org.example.gov.trading.tender.LotId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bid guarantees on a lot: a bidder presents its own (verification) and sees its own; trading staff and supervisors
 * see a lot's once its deadline has passed (422 before), release them after the award and record claims (理赔).
 */
@RestController
@Validated
@RequestMapping("/api/trading/lots/{lotId}")
@Tag(name = "bid-security", description = "投标担保 — 电子投标保函的核验、释放、理赔")
public class GuaranteeController {

    private final GuaranteeService guarantees;

    public GuaranteeController(GuaranteeService guarantees) {
        this.guarantees = guarantees;
    }

    @PostMapping("/guarantees/mine/verification")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "Present the guarantee for one's bid: amount, validity and the document's SM3 are checked (422 names the failed rule)")
    public GuaranteeResponse present(@PathVariable LotId lotId, @Valid @RequestBody PresentGuaranteeRequest r,
            Actor actor) {
        return GuaranteeResponse.of(guarantees.present(lotId, r.guarantor(), r.guaranteeNumber(),
                decode(r.document()), actor));
    }

    @GetMapping("/guarantees/mine")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "The caller's own guarantees on a lot")
    public List<GuaranteeResponse> mine(@PathVariable LotId lotId, Actor actor) {
        return guarantees.mine(lotId, actor).stream().map(GuaranteeResponse::of).toList();
    }

    @GetMapping("/guarantees")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "A lot's guarantees, once its bid deadline has passed (422 GUARANTEES_SECRET_UNTIL_DEADLINE before)")
    public List<GuaranteeResponse> ofLot(@PathVariable LotId lotId, Actor actor) {
        return guarantees.ofLot(lotId, actor).stream().map(GuaranteeResponse::of).toList();
    }

    @PostMapping("/guarantee-release")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Release the lot's open guarantees once it is awarded, failed or cancelled (422 before); each guarantor is told by an event")
    public List<GuaranteeResponse> release(@PathVariable LotId lotId, @Valid @RequestBody ReleaseRequest r,
            Actor actor) {
        return guarantees.release(lotId, r.reason(), actor).stream().map(GuaranteeResponse::of).toList();
    }

    @PostMapping("/guarantee-claims")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Record a claim (理赔) on a bidder's verified guarantees: withdrawal after the deadline (实施条例第35条) or refusal to sign (第74条)")
    public List<GuaranteeResponse> claim(@PathVariable LotId lotId, @Valid @RequestBody ClaimRequest r, Actor actor) {
        return guarantees.claim(lotId, r.bidder(), r.ground(), r.reason(), r.fact(), actor).stream()
                .map(GuaranteeResponse::of).toList();
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolationException("GUARANTEE_DOCUMENT_NOT_BASE64", "document",
                    "The guarantee document is sent as base64");
        }
    }
}
