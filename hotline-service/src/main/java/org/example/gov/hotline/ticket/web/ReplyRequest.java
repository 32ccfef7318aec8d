package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.Size;

/** 答复: what the department did or answered (required). */
public record ReplyRequest(@Size(max = 4000) String text) {
}
