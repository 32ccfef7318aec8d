package org.example.gov.platform.personal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A mainland China phone number: a mobile number ({@code 1[3-9]} + 9 digits) or a landline with its area code
 * ({@code 010-12345678}, {@code 0755-1234567}). Normalised so that the same number has one spelling (and so one blind
 * index): spaces and hyphens dropped, a {@code +86}/{@code 0086} prefix removed, a landline written
 * {@code <area code>-<number>}.
 *
 * <p>{@link #toString()} and JSON give the masked form ({@code 138****5678}, {@code 0755-****5678}); {@link #value()}
 * is the full number, only for encryption, the blind index and audited full reads.
 *
 * @param value the normalised full number
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Area codes 010 and 02x have three digits, all others four; the local number has 7 or 8 digits. */
    private static final Pattern LANDLINE = Pattern.compile("(0[12]\\d|0[3-9]\\d{2})(\\d{7,8})");

    public PhoneNumber {
        if (value == null) {
            throw new IllegalArgumentException("Phone number is missing");
        }
        String digits = value.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (MOBILE.matcher(digits).matches()) {
            value = digits;
        } else {
            Matcher landline = LANDLINE.matcher(digits);
            if (!landline.matches()) {
                throw new IllegalArgumentException(
                        "Phone number must be a mainland mobile number (11 digits starting 13-19) or a landline with its area code");
            }
            value = landline.group(1) + "-" + landline.group(2);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    public boolean isMobile() {
        return value.indexOf('-') < 0;
    }

    /** Mobile: first 3, {@code ****}, last 4 ({@code 138****5678}); landline: area code, {@code ****}, last 4. */
    @JsonValue
    public String masked() {
        String last4 = value.substring(value.length() - 4);
        return isMobile() ? value.substring(0, 3) + "****" + last4 : value.substring(0, value.indexOf('-') + 1) + "****" + last4;
    }

    @Override
    public String toString() {
        return masked();
    }
}
