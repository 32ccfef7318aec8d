package org.example.gov.cases.casefile.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.example.gov.cases.casefile.Applicant;
import org.example.gov.platform.personal.FreeText;
import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.personal.validation.IdCard;
import org.example.gov.platform.personal.validation.Phone;

/**
 * The applicant part of a new case, a bundle application or a partner's forward. Every application carries the
 * applicant's identity card number and a phone (实名办理, notices). Staff and partners also name the applicant
 * ({@code id} as the identity provider knows them, and {@code name}); an applicant applying for themself is taken
 * from their token, so their {@code id} and {@code name} here are ignored.
 */
public record ApplicantRequest(@Size(max = 64) String id, @Size(max = 100) String name,
        @NotBlank @IdCard String idNumber, @NotBlank @Phone String phone) {

    /**
     * The account id is stored and published in clear (events, evaluation's invitations join on it): an identity card
     * or phone number there would undo their encryption, so it is refused with a pointer to the right field.
     */
    @AssertTrue(message = "id is the applicant's account id, not an identity card or phone number (those go in idNumber and phone)")
    public boolean isIdNotPersonalData() {
        return FreeText.holdsNoNumbers(id);
    }

    public Applicant toApplicant() {
        return new Applicant(id, name, IdCardNumber.of(idNumber), PhoneNumber.of(phone));
    }
}
