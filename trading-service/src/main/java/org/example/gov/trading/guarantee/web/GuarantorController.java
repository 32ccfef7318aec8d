package org.example.gov.trading.guarantee.web;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.security.Actor;
import org.example.gov.trading.guarantee.Guarantee;
import org.example.gov.trading.guarantee.GuaranteeService;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The guarantor API (保函接口): banks, insurers and guarantee companies push the guarantees they issue, machine to
 * machine. Reached only through the gateway's guarantor route, which checks the request's signature with the
 * guarantors' key ring; here the GUARANTOR role, and a guarantor sees only its own guarantees.
 */
@RestController
@Validated
@RequestMapping("/api/guarantor/guarantees")
@Tag(name = "guarantor", description = "电子投标保函 — 担保机构推送保函（签名请求）")
public class GuarantorController {

    private final GuaranteeService guarantees;

    public GuarantorController(GuaranteeService guarantees) {
        this.guarantees = guarantees;
    }

    @PostMapping
    @PreAuthorize("hasRole('GUARANTOR')")
    @Operation(summary = "Push an issued guarantee (201; a repeat of the same push answers 200 with the same guarantee, other content under the same number 409)")
    public ResponseEntity<GuaranteeResponse> issue(@Valid @RequestBody IssueGuaranteeRequest r, Actor actor) {
        GuaranteeService.Pushed pushed = guarantees.issue(new Guarantee.Issue(r.guaranteeNumber(),
                new LotId(r.lotId()), r.bidder(), Money.yuan(r.amount()), r.validUntil(), r.documentSm3()), actor);
        GuaranteeResponse body = GuaranteeResponse.of(pushed.guarantee());
        return pushed.created()
                ? ResponseEntity.created(URI.create("/api/guarantor/guarantees/" + r.guaranteeNumber())).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/{guaranteeNumber}")
    @PreAuthorize("hasRole('GUARANTOR')")
    @Operation(summary = "One of the caller's own guarantees by its number: its stage, release or claim")
    public GuaranteeResponse get(@PathVariable String guaranteeNumber, Actor actor) {
        return GuaranteeResponse.of(guarantees.issued(guaranteeNumber, actor));
    }
}
