package org.example.gov.trading.expert.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.trading.expert.CommitteeService;
import org.example.gov.trading.expert.DrawRecord;
import org.example.gov.trading.expert.ExpertId;

/**
 * A recorded draw in full, for an auditor: the pool snapshot (ids in canonical order) and its SM3 hash, every exclusion
 * with its reason, the seed, the experts drawn, and whether replaying the record gives those experts.
 */
public record DrawAuditResponse(String id, Integer seat, String specialty, String region, LocalDate drawDate,
        List<String> pool, String poolHash, List<ExclusionResponse> exclusions, int seats, String seed,
        List<String> drawn, Instant drawnAt, boolean replayMatches) {

    public record ExclusionResponse(String expertId, String reason) {
    }

    static DrawAuditResponse of(CommitteeService.DrawAudit a) {
        DrawRecord d = a.draw();
        return new DrawAuditResponse(d.id().toString(), d.seat(), d.specialty(), d.region(), d.drawDate(),
                d.pool().stream().map(ExpertId::toString).toList(), d.poolHash(),
                d.exclusions().stream().map(e -> new ExclusionResponse(e.expert().toString(), e.reason().name()))
                        .toList(), d.seats(), d.seed(), d.drawn().stream().map(ExpertId::toString).toList(),
                d.drawnAt(), a.replayMatches());
    }
}
