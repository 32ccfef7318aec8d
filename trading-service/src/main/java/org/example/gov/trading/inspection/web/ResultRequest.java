package org.example.gov.trading.inspection.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.example.gov.trading.inspection.InspectionOutcome;

/** A drawn project's result, published as recorded: the outcome and what was found (no personal data, it is public). */
public record ResultRequest(@NotBlank @Size(max = 36) String projectId, @NotNull InspectionOutcome outcome,
        @NotBlank @Size(max = 2000) String finding) {
}
