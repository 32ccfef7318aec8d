package org.example.gov.trading.credit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The tenderee's marks for its agent, 1 (poor) to 5 (excellent) each, and an optional comment. */
public record AgentEvaluationRequest(@NotNull @Min(1) @Max(5) Integer professionalism,
        @NotNull @Min(1) @Max(5) Integer compliance, @NotNull @Min(1) @Max(5) Integer timeliness,
        @NotNull @Min(1) @Max(5) Integer service, @Size(max = 1000) String comment) {
}
