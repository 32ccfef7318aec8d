package org.example.gov.trading.scoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A bid found invalid (资格性/符合性审查不通过, 否决投标) with the reason the report will state. */
public record InvalidationRequest(@NotBlank @Size(max = 64) String bidId, @NotBlank @Size(max = 500) String reason) {
}
