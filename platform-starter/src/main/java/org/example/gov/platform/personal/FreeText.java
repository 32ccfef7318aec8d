package org.example.gov.platform.personal;

import org.example.gov.platform.logging.PersonalDataRedactor;

/**
 * Personal data inside free text (a note, a comment, a reason): an ID card or mobile number someone typed in is kept
 * masked ({@code 440***********123X}, {@code 138****5678}), with the same rules the log masking uses. For domain
 * objects that store or show text others read: the typed fields are encrypted, the free text around them must not
 * undo that.
 */
public final class FreeText {

    private FreeText() {
    }

    /** The text with every ID card and mobile number masked; null for null. */
    public static String masked(String text) {
        return PersonalDataRedactor.redact(text);
    }

    /** True when the text holds nothing that reads as an ID card or mobile number. */
    public static boolean holdsNoNumbers(String text) {
        return text == null || PersonalDataRedactor.redact(text).equals(text);
    }
}
