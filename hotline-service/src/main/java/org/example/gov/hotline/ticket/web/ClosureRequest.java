package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.Size;

/** 办结, with an optional note. */
public record ClosureRequest(@Size(max = 1000) String note) {
}
