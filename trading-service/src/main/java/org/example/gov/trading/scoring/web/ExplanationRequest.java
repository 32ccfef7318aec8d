package org.example.gov.trading.scoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A bidder's written explanation of an abnormally low price and whether the committee accepts it. */
public record ExplanationRequest(@NotBlank @Size(max = 64) String bidId, @NotBlank @Size(max = 4000) String text,
        @NotNull Boolean accepted) {
}
