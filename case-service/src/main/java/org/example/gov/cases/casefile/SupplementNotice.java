package org.example.gov.cases.casefile;

import java.time.Instant;
import java.util.List;

/** 补正告知: every missing or wrong material, told once and completely (一次性告知). */
public record SupplementNotice(List<String> materials, String note, String requestedBy, Instant requestedAt,
        Instant providedAt) {

    public SupplementNotice {
        materials = List.copyOf(materials);
    }

    SupplementNotice provided(Instant at) {
        return new SupplementNotice(materials, note, requestedBy, requestedAt, at);
    }
}
