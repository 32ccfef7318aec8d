package org.example.gov.trading.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * What a draw recorded, enough to audit and replay it ({@link CommitteeDraw#replay}): the pool snapshot it drew from (ids
 * in canonical order and their SM3 hash), the exclusions with their reasons, the number of seats, the seed (hex) its
 * random numbers were expanded from, and the experts drawn in draw order.
 *
 * @param seat null for a committee's first draw, the seat number for a replacement
 */
public record DrawRecord(UUID id, String specialty, String region, LocalDate drawDate, Integer seat,
        List<ExpertId> pool, String poolHash, List<Exclusion> exclusions, int seats, String seed, List<ExpertId> drawn,
        String drawnBy, Instant drawnAt) {

    public DrawRecord {
        pool = List.copyOf(pool);
        exclusions = List.copyOf(exclusions);
        drawn = List.copyOf(drawn);
    }

    public byte[] seedBytes() {
        return HexFormat.of().parseHex(seed);
    }

    public int eligible() {
        return pool.size() - exclusions.size();
    }
}
