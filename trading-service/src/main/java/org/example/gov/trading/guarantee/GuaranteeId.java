package org.example.gov.trading.guarantee;

import java.util.UUID;

/** The platform's id of an electronic bid guarantee (the guarantor's own number is {@code guaranteeNumber}). */
public record GuaranteeId(UUID value) {

    public GuaranteeId {
        if (value == null) {
            throw new IllegalArgumentException("a guarantee id is a UUID");
        }
    }

    public static GuaranteeId newId() {
        return new GuaranteeId(UUID.randomUUID());
    }

    public static GuaranteeId of(String text) {
        return new GuaranteeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
