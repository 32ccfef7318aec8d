package org.example.gov.cases.partner.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.example.gov.cases.partner.IdempotencyKey;
import org.example.gov.cases.partner.PartnerCaseService;
import org.example.gov.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner cities (跨省通办, 异地代收代办), machine to machine with a PARTNER client credential whose subject is the
 * partner id. Front-end roles get 403 here; a partner sees only the cases it forwarded.
 */
@RestController
@Validated
@RequestMapping("/api/partner/cases")
@PreAuthorize("hasRole('PARTNER')")
public class PartnerCaseController {

    private final PartnerCaseService partnerCases;

    public PartnerCaseController(PartnerCaseService partnerCases) {
        this.partnerCases = partnerCases;
    }

    /**
     * Forwards a case the partner received at its hall. The same {@code Idempotency-Key} retried answers the same case
     * (201 the first time, then 200 with {@code Idempotent-Replayed: true}); a different body with it is a 422.
     */
    @PostMapping
    public ResponseEntity<PartnerCaseResponse> forward(
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody ForwardCaseRequest request, Actor actor) {
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        PartnerCaseService.Forwarded forwarded = partnerCases.forward(actor, key, request.toForward());
        PartnerCaseResponse body = PartnerCaseResponse.of(forwarded.view());
        if (forwarded.created()) {
            return ResponseEntity.created(URI.create("/api/partner/cases/" + body.id())).body(body);
        }
        return ResponseEntity.ok().header("Idempotent-Replayed", "true")
                .location(URI.create("/api/partner/cases/" + body.id())).body(body);
    }

    @GetMapping("/{id}")
    public PartnerCaseResponse get(@PathVariable String id, Actor actor) {
        return PartnerCaseResponse.of(partnerCases.view(actor, id));
    }

    /** The partner's own cases, newest first. */
    @GetMapping
    public PartnerPage<PartnerCaseResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Actor actor) {
        PartnerCaseService.CasePage result = partnerCases.list(actor, page, size);
        return new PartnerPage<>(result.content().stream().map(PartnerCaseResponse::of).toList(), page, size,
                result.total());
    }
}
