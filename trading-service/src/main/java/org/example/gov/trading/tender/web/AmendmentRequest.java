package org.example.gov.trading.tender.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A clarification or change of the documents; {@code material}: it may affect the preparation of bids. */
public record AmendmentRequest(@NotBlank @Size(max = 2000) String summary, boolean material) {
}
