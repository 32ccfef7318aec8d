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

    /** By the canonical text, so a pool snapshot has one order everyone (an auditor too) can rebuild. */
    @Override
    public int compareTo(ExpertId o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
