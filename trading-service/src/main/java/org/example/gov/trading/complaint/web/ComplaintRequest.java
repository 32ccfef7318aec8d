package org.example.gov.trading.complaint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A complaint: the complainant's own objection it rests on, and what is complained of. */
public record ComplaintRequest(@NotBlank @Size(max = 64) String objectionId, @NotBlank @Size(max = 4000) String text) {
}
