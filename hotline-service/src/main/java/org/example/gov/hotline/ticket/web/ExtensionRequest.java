package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 延期申请: how many working days more and why. The configured maximum (default 10 working days in all per clock) is
 * checked by the ticket (400 EXTENSION_TOO_LONG naming {@code workingDays}).
 */
public record ExtensionRequest(@NotNull @Min(1) @Max(366) Integer workingDays, @NotBlank @Size(max = 1000) String reason) {
}
