package org.example.gov.hotline.duplicate.web;

import jakarta.validation.constraints.Size;

/** Dismissing a nearby-duplicate suggestion: why it is another matter (optional). */
public record DismissalRequest(@Size(max = 1000) String note) {
}
