package org.example.gov.trading.award.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.example.gov.trading.award.AwardDecision;
import org.example.gov.trading.award.Publicity;
import org.example.gov.trading.award.PublicityObjection;

/** The publicity as published: candidates, period, objections (with whether an answer is late) and the award. */
public record PublicityResponse(String lotId, String track, boolean inOrder, List<Candidate> candidates,
        Instant publishedAt, Instant endsAt, Instant objectionsUntil, List<Objection> objections, Award award,
        List<Award> earlierAwards) {

    public record Candidate(int rank, String bidId, String bidder, BigDecimal price, BigDecimal total) {
    }

    public record Objection(String id, String bidder, String text, Instant filedAt, Instant answerDue, String answer,
            Instant answeredAt, boolean answerOverdue) {
    }

    public record Award(String bidId, String bidder, int rank, String deviationGround, String deviationReason,
            Instant awardedAt) {
    }

    static Award award(AwardDecision a) {
        return a == null ? null : new Award(a.bidId(), a.bidder(), a.rank(),
                a.deviationGround() == null ? null : a.deviationGround().name(), a.deviationReason(), a.awardedAt());
    }

    static PublicityResponse of(Publicity p, Instant now) {
        AwardDecision a = p.awardDecision();
        return new PublicityResponse(p.lotId(), p.track().name(), p.inOrder(),
                p.candidates().stream().map(c -> new Candidate(c.rank(), c.bidId(), c.bidder(), c.price(), c.total()))
                        .toList(),
                p.publishedAt(), p.endsAt(), p.objectionsUntil(),
                p.objections().stream().map(o -> objection(o, p.overdue(o, now))).toList(),
                award(a), p.superseded().stream().map(PublicityResponse::award).toList());
    }

    static Objection objection(PublicityObjection o, boolean overdue) {
        return new Objection(o.id(), o.bidder(), o.text(), o.filedAt(), o.answerDue(), o.answer(), o.answeredAt(),
                overdue);
    }
}
