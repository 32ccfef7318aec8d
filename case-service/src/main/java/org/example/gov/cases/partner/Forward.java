package org.example.gov.cases.partner;


import org.example.gov.cases.casefile.Applicant;
import org.example.gov.platform.digest.Sha256;

/**
 * A case a partner city forwards (异地代收代办): it has checked form and identity of the applicant at its hall, so the
 * case starts RECEIVED and waits for the competent department to accept it.
 */
public record Forward(String itemId, String partnerReference, Applicant applicant, String hall) {

    /**
     * Fingerprint of what was asked, stored with the idempotency key: a retry must ask the same thing. Fields are
     * separated by a control character that cannot appear in them, so ("a", "bc") and ("ab", "c") differ.
     */
    public String hash() {
        String canonical = String.join("\u001f", nz(itemId), nz(partnerReference), nz(applicant.id()),
                nz(applicant.name()), applicant.idNumber() == null ? "" : applicant.idNumber().value(),
                applicant.phone() == null ? "" : applicant.phone().value(), nz(hall));
        return Sha256.hex(canonical);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
