package org.example.gov.cases.partner.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.example.gov.cases.partner.PartnerCallbackService;
import org.example.gov.platform.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partner's delivery log: every attempt to deliver a callback to it, newest first. */
@RestController
@Validated
@RequestMapping("/api/partner/callbacks")
@PreAuthorize("hasRole('PARTNER')")
public class PartnerCallbackController {

    private final PartnerCallbackService callbacks;

    public PartnerCallbackController(PartnerCallbackService callbacks) {
        this.callbacks = callbacks;
    }

    @GetMapping
    public PartnerPage<DeliveryAttemptResponse> deliveryLog(
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Actor actor) {
        PartnerCallbackService.AttemptPage result = callbacks.deliveryLog(actor, page, size);
        return new PartnerPage<>(result.content().stream().map(DeliveryAttemptResponse::of).toList(), page, size,
                result.total());
    }
}
