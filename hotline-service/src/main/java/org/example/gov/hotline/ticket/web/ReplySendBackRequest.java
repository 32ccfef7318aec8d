package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reply goes back to the department: what is missing or wrong (required). */
public record ReplySendBackRequest(@NotBlank @Size(max = 1000) String reason) {
}
