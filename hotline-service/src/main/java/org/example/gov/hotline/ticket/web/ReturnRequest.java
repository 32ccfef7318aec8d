package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.Size;

/** 退单: why the ticket is not the department's (required). */
public record ReturnRequest(@Size(max = 1000) String reason) {
}
