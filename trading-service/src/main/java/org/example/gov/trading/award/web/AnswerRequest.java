package org.example.gov.trading.award.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The tenderee's or agent's answer to an objection. */
public record AnswerRequest(@NotBlank @Size(max = 2000) String answer) {
}
