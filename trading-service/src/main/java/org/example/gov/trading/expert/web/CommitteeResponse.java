package org.example.gov.trading.expert.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.example.gov.platform.personal.PersonName;
import org.example.gov.trading.expert.Committee;
import org.example.gov.trading.expert.CommitteeService;
import org.example.gov.trading.expert.DrawRecord;
import org.example.gov.trading.expert.Seat;

/**
 * A lot's committee: the expert seats with their history (a vacated tenure's scores are void), names masked; for staff
 * and supervisors the draws that filled them (pool size and hash, exclusions by reason, seed).
 */
public record CommitteeResponse(String lotId, String projectId, int members, int tendereeRepresentatives, int experts,
        List<SeatResponse> seats, List<DrawSummary> draws) {

    public record SeatResponse(int seat, String expertId, String name, String drawId, Instant seatedAt,
            Instant vacatedAt, String vacatedBecause, boolean scoresVoid) {
    }

    public record DrawSummary(String id, Integer seat, String specialty, String region, LocalDate drawDate,
            int poolSize, String poolHash, int eligible, Map<String, Long> exclusions, String seed, Instant drawnAt) {

        static DrawSummary of(DrawRecord d) {
            return new DrawSummary(d.id().toString(), d.seat(), d.specialty(), d.region(), d.drawDate(),
                    d.pool().size(), d.poolHash(), d.eligible(), d.exclusions().stream().collect(Collectors.groupingBy(
                            e -> e.reason().name(), TreeMap::new, Collectors.counting())), d.seed(), d.drawnAt());
        }
    }

    static CommitteeResponse of(CommitteeService.CommitteeView v) {
        Committee c = v.committee();
        return new CommitteeResponse(c.lotId().toString(), c.projectId().toString(), c.members(),
                c.tendereeRepresentatives(), c.experts(), c.tenures().stream().map(s -> seat(s, v.names())).toList(),
                v.draws().stream().map(DrawSummary::of).toList());
    }

    private static SeatResponse seat(Seat s, Map<org.example.gov.trading.expert.ExpertId, PersonName> names) {
        PersonName name = names.get(s.expert());
        return new SeatResponse(s.number(), s.expert().toString(), name == null ? null : name.masked(),
                s.drawId().toString(), s.seatedAt(), s.vacatedAt(),
                s.vacatedBecause() == null ? null : s.vacatedBecause().name(), s.scoresVoid());
    }
}
