package org.example.gov.trading.tender.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the tender is terminated (终止招标). */
public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
}
