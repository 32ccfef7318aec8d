package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 直接答复: the knowledge article read out to the caller (its published version is recorded), and an optional note. */
public record DirectAnswerRequest(
        @NotBlank @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
        String articleId,
        @Size(max = 1000) String note) {
}
