package org.example.gov.trading.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The random draw (随机抽取) of experts for a lot: pure, so a test can run it 10,000 times and an auditor can replay it.
 *
 * <ol>
 * <li>The pool snapshot (the experts of the specialty and region) in canonical id order, hashed with SM3 over the ids
 * one per line.
 * <li>Every expert with a conflict ({@link Candidate#conflict}) or already on the committee is excluded, with the
 * reason. The rest, in the same order, are the eligible list.
 * <li>Fewer eligible than seats: 422 {@link PoolTooSmallException} — never a smaller committee.
 * <li>A partial Fisher–Yates shuffle of the eligible list driven by {@link DrawRandom} from the seed picks the seats:
 * each subset equally likely, and the same seed over the same list gives the same experts in the same order.
 * </ol>
 */
public final class CommitteeDraw {

    private CommitteeDraw() {
    }

    /** Draws {@code seats} experts; {@code seated} are the experts who hold or held a seat of this committee. */
    public static DrawRecord draw(Collection<Candidate> pool, LotParties parties, LocalDate drawDate,
            Set<ExpertId> seated, int seats, byte[] seed, String specialty, String region, Integer seat,
            String drawnBy, Instant drawnAt) {
        if (seats < 1) {
            throw new IllegalArgumentException("a draw fills at least one seat");
        }
        List<Candidate> ordered = new ArrayList<>(pool);
        ordered.sort((a, b) -> a.id().compareTo(b.id()));
        List<ExpertId> ids = new ArrayList<>(ordered.size());
        List<Exclusion> exclusions = new ArrayList<>();
        List<ExpertId> eligible = new ArrayList<>(ordered.size());
        for (Candidate c : ordered) {
            ids.add(c.id());
            Optional<ExclusionReason> reason = seated.contains(c.id()) ? Optional.of(ExclusionReason.ALREADY_ON_COMMITTEE)
                    : c.conflict(parties, drawDate);
            if (reason.isPresent()) {
                exclusions.add(new Exclusion(c.id(), reason.get()));
            } else {
                eligible.add(c.id());
            }
        }
        if (eligible.size() < seats) {
            throw new PoolTooSmallException(eligible.size(), seats, ids.size());
        }
        return new DrawRecord(UUID.randomUUID(), specialty, region, drawDate, seat, ids, poolHash(ids), exclusions,
                seats, HexFormat.of().formatHex(seed), select(eligible, seats, seed), drawnBy, drawnAt);
    }

    /**
     * The experts a recorded draw must have drawn, recomputed from the record alone: its pool snapshot minus its
     * exclusions, shuffled by its seed. Throws when the snapshot does not match its recorded hash.
     */
    public static List<ExpertId> replay(DrawRecord record) {
        if (!poolHash(record.pool()).equals(record.poolHash())) {
            throw new IllegalStateException("the pool snapshot of draw " + record.id() + " does not match its hash");
        }
        Set<ExpertId> excluded = new HashSet<>();
        record.exclusions().forEach(e -> excluded.add(e.expert()));
        List<ExpertId> eligible = record.pool().stream().filter(id -> !excluded.contains(id)).toList();
        return select(eligible, record.seats(), record.seedBytes());
    }

    /** SM3 (hex) of the ids in canonical order, one per line: the hash of their {@link PoolSnapshot}. */
    public static String poolHash(List<ExpertId> ids) {
        return PoolSnapshot.hash(ids);
    }

    static List<ExpertId> select(List<ExpertId> eligible, int seats, byte[] seed) {
        return new DrawRandom(seed).pick(eligible, seats);
    }
}
