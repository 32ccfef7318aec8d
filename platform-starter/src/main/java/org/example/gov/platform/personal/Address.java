package org.example.gov.platform.personal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A postal or residential address as written (广东省深圳市南山区粤海街道...): trimmed, not blank, at most 300 characters.
 *
 * <p>{@link #toString()} and JSON give the masked form: the first 6 characters (about province and city, enough to
 * route a case) and one {@code *} per remaining character. {@link #value()} is the full address, only for encryption
 * and audited full reads.
 *
 * @param value the full address
 */
public record Address(String value) {

    public static final int MAX_LENGTH = 300;
    static final int VISIBLE = 6;

    public Address {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Address is missing");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("Address must have at most " + MAX_LENGTH + " characters");
        }
        if (Masks.hasControlCharacters(value)) {
            throw new IllegalArgumentException("Address must not contain control characters");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Address of(String value) {
        return new Address(value);
    }

    @JsonValue
    public String masked() {
        return Masks.keepFirst(value, VISIBLE);
    }

    @Override
    public String toString() {
        return masked();
    }
}
