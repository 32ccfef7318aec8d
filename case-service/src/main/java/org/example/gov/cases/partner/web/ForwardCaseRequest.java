package org.example.gov.cases.partner.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.example.gov.cases.casefile.web.ApplicantRequest;
import org.example.gov.cases.partner.Forward;

/**
 * A case a partner city forwards: the item, the partner's own reference for it, the applicant it has identified and
 * the hall where it received the application ({@code location}). The partner names the applicant in full: id, name,
 * identity card number and phone.
 */
public record ForwardCaseRequest(
        @NotBlank @Size(max = 36) String itemId,
        @NotBlank @Size(max = 100) String partnerReference,
        @NotNull @Valid ApplicantRequest applicant,
        @Size(max = 100) String location) {

    Forward toForward() {
        return new Forward(itemId, partnerReference, applicant.toApplicant(), location);
    }
}
