package org.example.gov.trading.tender.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The tenderee's answer to an objection. */
public record ObjectionAnswerRequest(@NotBlank @Size(max = 4000) String answer) {
}
