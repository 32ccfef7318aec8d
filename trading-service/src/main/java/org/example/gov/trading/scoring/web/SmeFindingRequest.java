package org.example.gov.trading.scoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The committee's finding on a bid's 中小企业声明函: true = a small or micro enterprise's, earning the price deduction. */
public record SmeFindingRequest(@NotBlank @Size(max = 64) String bidId, @NotNull Boolean sme) {
}
