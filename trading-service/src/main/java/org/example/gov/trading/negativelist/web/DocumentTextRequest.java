package org.example.gov.trading.negativelist.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of the tender documents (or of a passage an editor checks), as plain text. */
public record DocumentTextRequest(@NotBlank @Size(max = 500_000) String text) {
}
