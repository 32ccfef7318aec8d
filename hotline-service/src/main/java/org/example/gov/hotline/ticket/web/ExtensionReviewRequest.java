package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.Size;

/** The centre's decision on an extension: a note when approving, the reason (required) when rejecting. */
public record ExtensionReviewRequest(@Size(max = 1000) String reason) {
}
