package org.example.gov.hotline.ticket;

import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;

/**
 * Who called: personal data, masked in {@code toString} and JSON by its types, encrypted at rest. The name is
 * optional (a caller may not give it); the phone is needed for the call-back.
 */
public record Caller(PersonName name, PhoneNumber phone) {

    public Caller {
        if (phone == null) {
            throw new IllegalArgumentException("a caller needs a phone number to be called back");
        }
    }
}
