package org.example.gov.trading.tender.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the project is suspended (暂停). */
public record SuspensionRequest(@NotBlank @Size(max = 500) String reason) {
}
