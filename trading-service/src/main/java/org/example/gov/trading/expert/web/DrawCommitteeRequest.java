package org.example.gov.trading.expert.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The committee to draw for a lot: the specialty and region of the pool (region defaults to the project's), the number
 * of members and how many of them are the tenderee's representatives (the rest are drawn experts).
 */
public record DrawCommitteeRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9.-]{1,40}") String specialty,
        @Pattern(regexp = "\\d{6}") String region, @Min(1) @Max(99) int members,
        @Min(0) @Max(98) int tendereeRepresentatives) {
}
