package org.example.gov.hotline.knowledge.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An article's text as an agent writes it (a new article, or the next version of one). {@code region} (creation only;
 * default the agent's own) is the region it serves with the regions below; {@code validFrom} defaults to today,
 * {@code validUntil} (inclusive) is open when absent.
 */
public record ArticleRequest(
        @Pattern(regexp = "[1-9]\\d{5}") String region,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20_000) String body,
        @NotBlank @Pattern(regexp = "\\d{6}") String categoryCode,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "\\S{1,20}") String> keywords,
        LocalDate validFrom,
        LocalDate validUntil) {
}
