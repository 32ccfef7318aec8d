package org.example.gov.cases.casefile.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new case. Applicants apply online ({@code channel} WEB, APP or TERMINAL; default WEB). A clerk registers a window
 * case (default WINDOW) and names the {@code applicant} it is for.
 */
public record SubmitCaseRequest(
        @NotBlank @Size(max = 36) String itemId,
        @Pattern(regexp = "WINDOW|WEB|APP|TERMINAL") String channel,
        @Valid ApplicantRequest applicant,
        @Size(max = 200) String location) {

    public record ApplicantRequest(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 100) String name) {
    }
}
