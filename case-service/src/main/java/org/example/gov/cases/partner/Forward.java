package org.example.gov.cases.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.example.gov.cases.casefile.Applicant;

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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
