package org.example.gov.trading.inspection.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A random inspection: the projects of {@code region} (and below) with a lot awarded whose bid deadline fell from
 * {@code from} to {@code until}; either {@code sampleCount} projects or {@code samplePercent} of them; and how many
 * inspectors each (at least 2).
 */
public record PlanInspectionRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 6) String region,
        @NotNull LocalDate from, @NotNull LocalDate until, Integer sampleCount, Integer samplePercent,
        @NotNull Integer inspectorsPerProject) {
}
