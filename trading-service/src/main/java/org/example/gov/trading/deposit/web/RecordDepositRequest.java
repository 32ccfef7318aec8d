package org.example.gov.trading.deposit.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A deposit received by bank transfer: who paid, how much, from which account, on which day. */
public record RecordDepositRequest(@NotBlank @Size(max = 64) String bidder,
        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotBlank @Size(min = 8, max = 40) @Pattern(regexp = "[0-9 ]+") String payingAccount,
        @NotNull LocalDate paidOn) {
}
