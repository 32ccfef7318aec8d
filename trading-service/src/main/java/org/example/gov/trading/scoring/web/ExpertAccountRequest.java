package org.example.gov.trading.scoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The login subject (role EXPERT) of an expert of the pool. */
public record ExpertAccountRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.@-]{1,100}") String subject) {
}
