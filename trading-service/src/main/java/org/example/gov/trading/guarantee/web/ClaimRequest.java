package org.example.gov.trading.guarantee.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.example.gov.trading.guarantee.ClaimGround;

/**
 * 理赔: the bidder whose guarantees are claimed, the legal ground, the staff's reason and the fact it rests on (the
 * withdrawal's time and receipt, the refusal letter's reference ...).
 */
public record ClaimRequest(@NotBlank @Size(max = 64) String bidder, @NotNull ClaimGround ground,
        @NotBlank @Size(max = 1000) String reason, @NotBlank @Size(max = 1000) String fact) {
}
