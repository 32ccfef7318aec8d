package org.example.gov.trading.deposit;

import java.util.UUID;

/** A recorded deposit payment (投标保证金). */
public record DepositId(UUID value) {

    public DepositId {
        if (value == null) {
            throw new IllegalArgumentException("a deposit id is a UUID");
        }
    }

    public static DepositId newId() {
        return new DepositId(UUID.randomUUID());
    }

    public static DepositId of(String text) {
        return new DepositId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
