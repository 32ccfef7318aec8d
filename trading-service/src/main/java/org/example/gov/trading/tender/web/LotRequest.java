package org.example.gov.trading.tender.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One lot (标段 / 包): {@code amount} is the estimate (construction) or budget (procurement) in yuan, {@code deposit} the
 * bid security (at most 2% of amount, else 422 BID_SECURITY_ABOVE_LIMIT).
 */
public record LotRequest(@NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin("0.01") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal deposit,
        @NotNull @Min(1) @Max(365) Integer bidValidityDays,
        @Min(1) @Max(1440) Integer decryptionWindowMinutes) {
}
