package org.example.gov.trading.award.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The signed contract: its number, the day it was signed, its amount and the SHA-256 (hex) of the signed document. */
public record ContractRequest(@NotBlank @Size(max = 64) String number, @NotNull LocalDate signedOn,
        @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be the lowercase hex SHA-256 of the signed document")
        String documentSha256) {
}
