package org.example.gov.trading.inspection.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An inspector listed for a region: their login account, the department they inspect for, the organisation id their
 * department acts as on the platform (if it tenders) and the organisations they declared ties to (recusal).
 */
public record AddInspectorRequest(@NotBlank @Size(max = 100) String account,
        @NotBlank @Size(max = 100) String department, @NotBlank @Size(max = 6) String region,
        @Size(max = 100) String organisation, @Size(max = 50) Set<@NotBlank @Size(max = 100) String> ties) {
}
