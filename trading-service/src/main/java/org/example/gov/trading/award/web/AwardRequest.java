package org.example.gov.trading.award.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The candidate awarded, and the reason when it is not the first. */
public record AwardRequest(@NotBlank @Size(max = 64) String bidId, @Size(max = 1000) String reason) {
}
