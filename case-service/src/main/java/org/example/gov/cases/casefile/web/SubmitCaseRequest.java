package org.example.gov.cases.casefile.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new case. Applicants apply online ({@code channel} WEB, APP or TERMINAL; default WEB) with their identity card
 * number and phone in {@code applicant}. A clerk registers a window case (default WINDOW) and names the
 * {@code applicant} it is for (id, name, identity card number, phone).
 */
public record SubmitCaseRequest(
        @NotBlank @Size(max = 36) String itemId,
        @Pattern(regexp = "WINDOW|WEB|APP|TERMINAL") String channel,
        @NotNull @Valid ApplicantRequest applicant,
        @Size(max = 200) String location) {
}
