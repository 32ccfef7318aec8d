package org.example.gov.trading.credit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A record's new period (inclusive) and why it changed (复议, 诉讼, a corrected decision). */
public record CorrectionRequest(@NotNull LocalDate from, @NotNull LocalDate until,
        @NotBlank @Size(max = 500) String reason) {
}
