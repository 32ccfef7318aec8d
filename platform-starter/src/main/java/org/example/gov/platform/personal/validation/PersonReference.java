package org.example.gov.platform.personal.validation;

import jakarta.validation.constraints.AssertTrue;

import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PhoneNumber;

/**
 * A person named by their identity card number or their phone, exactly one of the two: the body of every "find by
 * person" request (a search of cases, of the audit trail), so that the number travels in a body and never in a URL.
 */
public record PersonReference(@IdCard String idNumber, @Phone String phone) {

    @AssertTrue(message = "give exactly one of idNumber and phone")
    public boolean isExactlyOne() {
        return (idNumber == null) != (phone == null);
    }

    /** The identity card number, or null when the person is named by phone. */
    public IdCardNumber idCardNumber() {
        return idNumber == null ? null : IdCardNumber.of(idNumber);
    }

    /** The phone, or null when the person is named by identity card number. */
    public PhoneNumber phoneNumber() {
        return phone == null ? null : PhoneNumber.of(phone);
    }
}
