package org.example.gov.trading.scoring.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One score: the bid, the criterion's code and the points (0 to the criterion's maximum, 2 decimals at most). */
public record ScoreRequest(@NotBlank @Size(max = 64) String bidId, @NotBlank @Size(max = 20) String criterion,
        @NotNull BigDecimal points) {
}
