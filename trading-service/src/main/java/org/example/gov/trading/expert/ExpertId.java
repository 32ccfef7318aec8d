package org.example.gov.trading.expert;

import java.util.UUID;

/** An expert of the pool (评标专家库). */
public record ExpertId(UUID value) implements Comparable<ExpertId> {

    public ExpertId {
        if (value == null) {
            throw new IllegalArgumentException("an expert id is a UUID");
        }
    }

    public static ExpertId newId() {
        return new ExpertId(UUID.randomUUID());
    }

    public static ExpertId of(String text) {
        return new ExpertId(UUID.fromString(text));
    }

    /**
     * By the canonical text, so a pool snapshot has one order everyone (an auditor too) can rebuild. That text is 32
     * lower-case hex digits (ASCII order = digit value) with hyphens at fixed places, so its order is the unsigned order
     * of the two halves: compared without building two strings per comparison (a pool of 10,000 is sorted at every
     * draw). Not {@link UUID#compareTo}, which compares the halves signed.
     */
    @Override
    public int compareTo(ExpertId o) {
        int high = Long.compareUnsigned(value.getMostSignificantBits(), o.value.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(value.getLeastSignificantBits(), o.value.getLeastSignificantBits());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
