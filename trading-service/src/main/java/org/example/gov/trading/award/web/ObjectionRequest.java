package org.example.gov.trading.award.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A bidder's objection to the candidates (异议) or challenge to the result (质疑). */
public record ObjectionRequest(@NotBlank @Size(max = 2000) String text) {
}
