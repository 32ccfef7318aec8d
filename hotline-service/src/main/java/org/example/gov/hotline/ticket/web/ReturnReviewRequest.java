package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.Size;

/** The centre's review of a return: a note when approving, the reason (required) when rejecting. */
public record ReturnReviewRequest(@Size(max = 1000) String reason) {
}
