package org.example.gov.trading.tender.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.trading.tender.ProcurementMethod;
import org.example.gov.trading.tender.Track;

/**
 * A draft project. A tenderee drafts for itself ({@code tenderee} may be left out); an agent names the tenderee that
 * entrusted it and is recorded as the agent. {@code region} (GB/T 2260) decides which trading centre and supervisors
 * oversee it. {@code stateFunded} (default true): state-owned funds hold or lead the project, so the award takes the
 * first candidate unless a statutory ground applies (招标投标法实施条例 第55条).
 */
public record CreateProjectRequest(@NotBlank @Size(max = 200) String title, @NotNull Track track,
        @NotNull ProcurementMethod method, @Size(max = 64) String tenderee, @Size(max = 64) String agent,
        @NotNull @Pattern(regexp = "\\d{6}") String region, @NotEmpty @Size(max = 50) List<@Valid LotRequest> lots,
        Boolean stateFunded) {
}
