package org.example.gov.trading.expert.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A penalty on an expert: in force from {@code from} to {@code until} inclusive, its reason and legal basis. */
public record PenaltyRequest(@NotNull LocalDate from, @NotNull LocalDate until, @NotBlank @Size(max = 500) String reason,
        @Size(max = 200) String basis) {
}
