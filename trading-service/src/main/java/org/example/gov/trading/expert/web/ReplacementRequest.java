package org.example.gov.trading.expert.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.example.gov.trading.expert.ReplacementReason;

/** Why the expert of a seat is replaced; the note must not hold personal data. */
public record ReplacementRequest(@NotNull ReplacementReason reason, @Size(max = 500) String note) {
}
