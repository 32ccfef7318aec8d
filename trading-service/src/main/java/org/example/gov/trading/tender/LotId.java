package org.example.gov.trading.tender;

import java.util.UUID;

/** A lot (标段 / 包) of a project: the unit that has its own bids, opening and result. */
public record LotId(UUID value) {

    public LotId {
        if (value == null) {
            throw new IllegalArgumentException("a lot id is a UUID");
        }
    }

    public static LotId newId() {
        return new LotId(UUID.randomUUID());
    }

    public static LotId of(String text) {
        return new LotId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
