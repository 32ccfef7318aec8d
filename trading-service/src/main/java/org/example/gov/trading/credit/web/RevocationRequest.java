package org.example.gov.trading.credit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a record is revoked (the decision withdrawn or annulled). */
public record RevocationRequest(@NotBlank @Size(max = 500) String reason) {
}
