package org.example.gov.trading.expert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.ProjectId;

/**
 * A lot's evaluation committee (评标委员会): its size, the tenderee's representatives (named by the tenderee, not drawn)
 * and the expert seats with their history. Seats are filled once by a draw ({@link #seat}); afterwards a seat changes
 * only by {@link #replace} — the expert leaves with a reason, their scores become void, a new draw fills the seat.
 */
public final class Committee {

    private final LotId lotId;
    private final ProjectId projectId;
    private final int members;
    private final int tendereeRepresentatives;
    private final List<Seat> tenures;
    private final Instant formedAt;
    private final long rowVersion;

    private Committee(Snapshot s) {
        this.lotId = s.lotId();
        this.projectId = s.projectId();
        this.members = s.members();
        this.tendereeRepresentatives = s.tendereeRepresentatives();
        this.tenures = new ArrayList<>(s.tenures());
        this.formedAt = s.formedAt();
        this.rowVersion = s.rowVersion();
    }

    /** A committee of this size for the lot, its seats still empty; the size was checked by {@link CommitteeRules}. */
    public static Committee constitute(LotId lotId, ProjectId projectId, int members, int tendereeRepresentatives,
            Instant at) {
        return new Committee(new Snapshot(lotId, projectId, members, tendereeRepresentatives, List.of(), at, -1));
    }

    public static Committee restore(Snapshot s) {
        return new Committee(s);
    }

    /** Seats the experts of the first draw, in draw order (seat 1 = first drawn). */
    public List<CommitteeEvent> seat(DrawRecord draw, Instant now) {
        if (!tenures.isEmpty()) {
            throw new IllegalTransitionException("DRAWN", "draw", List.of("replacement"));
        }
        if (draw.drawn().size() != experts()) {
            throw new IllegalArgumentException("the draw filled " + draw.drawn().size() + " seats of " + experts());
        }
        for (int i = 0; i < draw.drawn().size(); i++) {
            tenures.add(new Seat(i + 1, draw.drawn().get(i), draw.id(), now, null, null, null));
        }
        return List.of(new CommitteeEvent.CommitteeDrawn(projectId.toString(), lotId.toString(), draw.id().toString(),
                members, experts(), tendereeRepresentatives, draw.pool().size(), draw.eligible(), draw.poolHash(), now));
    }

    /**
     * The expert in {@code seat} leaves ({@code reason}); the one expert of {@code draw} takes the seat. The leaving
     * expert's scores are void. 422 SEAT_UNKNOWN for a seat the committee does not have.
     */
    public List<CommitteeEvent> replace(int seat, ReplacementReason reason, String note, DrawRecord draw, Instant now) {
        if (tenures.isEmpty()) {
            throw new IllegalTransitionException("CONSTITUTED", "replacement", List.of("draw"));
        }
        int index = activeIndex(seat);
        if (draw.drawn().size() != 1 || draw.seat() == null || draw.seat() != seat) {
            throw new IllegalArgumentException("a replacement draw fills exactly the seat it was made for");
        }
        tenures.set(index, tenures.get(index).vacate(reason, note, now));
        tenures.add(new Seat(seat, draw.drawn().getFirst(), draw.id(), now, null, null, null));
        return List.of(new CommitteeEvent.ExpertReplaced(projectId.toString(), lotId.toString(), seat, reason.name(),
                draw.id().toString(), draw.pool().size(), draw.eligible(), draw.poolHash(), true, now));
    }

    /** 422 SEAT_UNKNOWN unless the committee has an active seat with that number. */
    public void checkSeat(int seat) {
        activeIndex(seat);
    }

    private int activeIndex(int seat) {
        for (int i = 0; i < tenures.size(); i++) {
            if (tenures.get(i).number() == seat && tenures.get(i).active()) {
                return i;
            }
        }
        throw new BusinessRuleViolationException("SEAT_UNKNOWN", "seat",
                "The committee has expert seats 1 to " + experts() + ", not " + seat, seat, experts());
    }

    /** Every expert who holds or held a seat: never drawn again for this committee. */
    public Set<ExpertId> everSeated() {
        Set<ExpertId> all = new LinkedHashSet<>();
        tenures.forEach(t -> all.add(t.expert()));
        return all;
    }

    public List<Seat> activeSeats() {
        return tenures.stream().filter(Seat::active).toList();
    }

    public boolean drawn() {
        return !tenures.isEmpty();
    }

    public int experts() {
        return members - tendereeRepresentatives;
    }

    public Snapshot snapshot() {
        return new Snapshot(lotId, projectId, members, tendereeRepresentatives, List.copyOf(tenures), formedAt,
                rowVersion);
    }

    public boolean isNew() {
        return rowVersion < 0;
    }

    public LotId lotId() { return lotId; }
    public ProjectId projectId() { return projectId; }
    public int members() { return members; }
    public int tendereeRepresentatives() { return tendereeRepresentatives; }
    public List<Seat> tenures() { return List.copyOf(tenures); }
    public Instant formedAt() { return formedAt; }
    public long rowVersion() { return rowVersion; }

    /** The committee as stored (one JSON document, read and written whole). */
    public record Snapshot(LotId lotId, ProjectId projectId, int members, int tendereeRepresentatives,
            List<Seat> tenures, Instant formedAt, long rowVersion) {
    }
}
