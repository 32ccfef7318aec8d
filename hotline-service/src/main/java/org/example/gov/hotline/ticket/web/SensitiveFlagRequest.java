package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 敏感件: why the ticket is sensitive (media attention, mass complaint, safety …). */
public record SensitiveFlagRequest(@NotBlank @Size(max = 1000) String reason) {
}
