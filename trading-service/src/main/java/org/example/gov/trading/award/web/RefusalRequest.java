package org.example.gov.trading.award.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the winner did not sign (e.g. its written refusal, or silence past the last day after a reminder). */
public record RefusalRequest(@NotBlank @Size(max = 1000) String reason) {
}
