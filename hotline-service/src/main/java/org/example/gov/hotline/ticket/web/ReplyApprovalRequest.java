package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.Size;

/** 答复审核 passed: an optional note of the centre. */
public record ReplyApprovalRequest(@Size(max = 1000) String note) {
}
