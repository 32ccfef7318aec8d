package org.example.gov.trading.bid.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.security.Actor;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.bid.ClientOrigin;
import org.example.gov.trading.bid.UnsealedBid;
import org.example.gov.trading.client.BidderKeys;
import org.example.gov.trading.client.MachineFingerprint;
import org.example.gov.trading.client.Receipt;
import org.example.gov.trading.tender.LotId;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sealed bids (投标): a bidder's own encrypted bid on a lot, its receipt and its withdrawal. Every answer concerns only
 * the caller's own bid; nobody can list a lot's bids before its deadline. The body is the gov-sealed-bid/1 envelope
 * the reference bidder client (trading-bidder-client) produces.
 */
@RestController
@RequestMapping("/api/trading")
@Tag(name = "sealed-bids", description = "公共资源交易 — 电子投标：加密投标文件、回执、修改与撤回")
public class BidController {

    private final BidService bids;

    public BidController(BidService bids) {
        this.bids = bids;
    }

    @PostMapping(path = "/lots/{lotId}/bids", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "Submit (or replace) the caller's sealed bid before the deadline; answers the signed receipt")
    @ApiResponse(responseCode = "201", description = "accepted; the receipt")
    @ApiResponse(responseCode = "422", description = "BID_NOT_ENCRYPTED (with the reason), BID_LATE (naming the deadline), TENDER_SUSPENDED",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "no such lot (or not announced)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ReceiptResponse> submit(@PathVariable LotId lotId, @RequestBody byte[] envelope, Actor actor,
            jakarta.servlet.http.HttpServletRequest request) {
        Receipt receipt = bids.submit(lotId, envelope, actor, origin(request));
        return ResponseEntity.created(URI.create("/api/trading/lots/" + lotId + "/bids/mine"))
                .body(ReceiptResponse.of(receipt));
    }

    @GetMapping("/lots/{lotId}/bids/mine")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "The caller's current bid on the lot and its receipt (404 if none)")
    @ApiResponse(responseCode = "404", description = "BID_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public MyBidResponse mine(@PathVariable LotId lotId, Actor actor) {
        UnsealedBid bid = bids.mine(lotId, actor);
        return new MyBidResponse(bid.bidId(), ReceiptResponse.of(bid.receipt()));
    }

    @GetMapping("/lots/{lotId}/bids/mine/envelope")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "The caller's stored envelope, to unwrap its key at the opening (404 if none)")
    @ApiResponse(responseCode = "404", description = "BID_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public EnvelopeResponse envelope(@PathVariable LotId lotId, Actor actor) {
        return EnvelopeResponse.of(bids.mine(lotId, actor).envelope());
    }

    @DeleteMapping("/lots/{lotId}/bids/mine")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "Withdraw the caller's bid before the deadline (投标截止前撤回)")
    @ApiResponse(responseCode = "204", description = "withdrawn")
    @ApiResponse(responseCode = "422", description = "BID_LATE",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "BID_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<Void> withdraw(@PathVariable LotId lotId, Actor actor) {
        bids.withdraw(lotId, actor);
        return ResponseEntity.noContent().build();
    }

    /** Where the request came from (collusion evidence, sealed with the bid): as TenderController reads downloads. */
    static ClientOrigin origin(jakarta.servlet.http.HttpServletRequest request) {
        return ClientOrigin.of(request.getHeader("X-Forwarded-For"), request.getRemoteAddr(),
                request.getHeader(MachineFingerprint.HEADER));
    }

    /** Public: whoever holds a receipt (a bidder, a court, a supervisor) verifies it without an account. */
    @GetMapping("/receipt-keys")
    @Operation(summary = "The platform's receipt public keys (SM2), to verify bid receipts (no login needed)")
    public List<ReceiptKeyResponse> receiptKeys() {
        return bids.receiptKeys().stream()
                .map(k -> new ReceiptKeyResponse(k.keyId(), BidderKeys.toPem(k.publicKey()))).toList();
    }
}
