package org.example.gov.trading.negativelist.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer's reason for accepting the hits of the current text. */
public record OverrideRequest(@NotBlank @Size(max = 500) String reason) {
}
