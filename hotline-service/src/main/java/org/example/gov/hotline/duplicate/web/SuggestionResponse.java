package org.example.gov.hotline.duplicate.web;

import java.time.Instant;
import java.util.List;

import org.example.gov.hotline.duplicate.Candidate;
import org.example.gov.hotline.duplicate.DuplicateSuggestion;
import org.example.gov.hotline.duplicate.DuplicateSuggestionService;
import org.example.gov.hotline.duplicate.SuggestionAction;

/** A nearby-duplicate suggestion as the centre sees it (no caller data), with the steps open now. */
public record SuggestionResponse(String id, String ticketId, String ticketNumber, String categoryCode, String region,
        String status, List<CandidateResponse> candidates, String duplicateOf, Instant createdAt, Instant decidedAt,
        List<String> allowedActions, List<HistoryLine> history) {

    static SuggestionResponse of(DuplicateSuggestionService.View view) {
        DuplicateSuggestion s = view.suggestion();
        return new SuggestionResponse(s.id(), s.ticketId(), s.ticketNumber(), s.categoryCode(), s.region(),
                s.status().name(), s.candidates().stream().map(CandidateResponse::of).toList(), s.duplicateOf(),
                s.createdAt(), s.decidedAt(), s.allowedActions().stream().map(SuggestionAction::label).sorted().toList(),
                view.history().stream().map(h -> new HistoryLine(h.action().label(), h.actorId(), h.actorRole(),
                        h.from() == null ? null : h.from().name(), h.to().name(), h.at(), h.note())).toList());
    }

    public record CandidateResponse(String ticketId, String ticketNumber, String region, Instant receivedAt,
            Integer distanceMetres, boolean sameAddress) {

        static CandidateResponse of(Candidate c) {
            return new CandidateResponse(c.ticketId(), c.ticketNumber(), c.region(), c.receivedAt(), c.distanceMetres(),
                    c.sameAddress());
        }
    }

    public record HistoryLine(String action, String actorId, String actorRole, String from, String to, Instant at,
            String note) {
    }
}
