package org.example.gov.cases.casefile;

import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PhoneNumber;

/**
 * The applicant a case belongs to (a citizen, or the person acting for an enterprise): the identity provider's id,
 * the name, and the identity card number and phone every application needs (实名办理; the phone for notices). The
 * three last are personal data: encrypted in the table, masked in answers, in full only through the audited
 * applicant read. {@code idNumber} and {@code phone} are null only on cases filed before they were collected.
 */
public record Applicant(String id, String name, IdCardNumber idNumber, PhoneNumber phone) {

    /** For a case without its identity card number and phone (filed before they were collected). */
    public static Applicant legacy(String id, String name) {
        return new Applicant(id, name, null, null);
    }

    /** The same person as the identity provider knows them, with the contact data the request carried. */
    public Applicant withContact(IdCardNumber idNumber, PhoneNumber phone) {
        return new Applicant(id, name, idNumber, phone);
    }
}
