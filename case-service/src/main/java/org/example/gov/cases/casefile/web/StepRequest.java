package org.example.gov.cases.casefile.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.cases.casefile.Decision;
import org.example.gov.cases.casefile.Delivery;
import org.example.gov.cases.casefile.SpecialProcedure;

/**
 * The body of a case step: each step reads the fields it needs (the aggregate says which are required, as 422s
 * naming the field) and {@code location}, where it happened (hall and window).
 */
public record StepRequest(
        @Size(max = 200) String location,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> materials,
        @Size(max = 1000) String note,
        @Size(max = 1000) String reasons,
        @Size(max = 1000) String reason,
        @Size(max = 100) String department,
        @Size(max = 1000) String opinion,
        @Pattern(regexp = "HEARING|TESTING|APPRAISAL|EXPERT_REVIEW") String type,
        @Size(max = 1000) String result,
        @Min(1) @Max(365) Integer workingDays,
        @Pattern(regexp = "APPROVED|REFUSED") String outcome,
        @Pattern(regexp = "WINDOW_PICKUP|COURIER|E_LICENCE") String method,
        @Size(max = 100) String reference) {

    SpecialProcedure.Type specialProcedureType() {
        return type == null ? null : SpecialProcedure.Type.valueOf(type);
    }

    Decision.Outcome decisionOutcome() {
        return outcome == null ? null : Decision.Outcome.valueOf(outcome);
    }

    Delivery.Method deliveryMethod() {
        return method == null ? null : Delivery.Method.valueOf(method);
    }
}
