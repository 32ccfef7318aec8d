package org.example.gov.hotline.duplicate.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Confirming a nearby duplicate names its master ({@code duplicateOf}, one of the suggested tickets: required). */
public record ConfirmationRequest(
        @NotBlank @Pattern(regexp = "[0-9a-f-]{36}", message = "must be the id of one of the suggested tickets") String duplicateOf,
        @Size(max = 1000) String note) {
}
