package org.example.gov.trading.guarantee.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a guarantor pushes when it has issued a guarantee: its own number, the lot and the bidder it covers, the amount,
 * the last day it is valid (Beijing date), and the SM3 of the guarantee document it gave the bidder.
 */
public record IssueGuaranteeRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String guaranteeNumber,
        @NotNull UUID lotId,
        @NotBlank @Size(max = 64) String bidder,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotNull LocalDate validUntil,
        @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String documentSm3) {
}
