package org.example.gov.trading.complaint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the department refuses a complaint or suspends the procedure. */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
