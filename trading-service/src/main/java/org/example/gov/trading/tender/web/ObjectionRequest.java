package org.example.gov.trading.tender.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A bidder's objection to (异议) or challenge of (质疑) the documents, with its grounds. */
public record ObjectionRequest(@NotBlank @Size(max = 4000) String text) {
}
