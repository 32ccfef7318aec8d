package org.example.gov.trading.complaint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.example.gov.trading.complaint.Complaint;

/** The written decision (处理决定): upheld or dismissed, and its text. */
public record DecisionRequest(@NotNull Complaint.Outcome outcome, @NotBlank @Size(max = 8000) String decision) {
}
