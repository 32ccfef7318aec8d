package org.example.gov.trading.award;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.trading.tender.Track;

/**
 * The candidates' publicity of a lot and its award (中标候选人公示 → 定标). The rules, by track:
 * <ul>
 * <li>Construction (招标投标法实施条例 第54条): the candidates are public for at least {@value #CONSTRUCTION_DAYS} days;
 * a bidder's objection (异议) is filed during the publicity and answered within {@value #CONSTRUCTION_ANSWER_DAYS} days,
 * the award waiting meanwhile.</li>
 * <li>Government procurement (87号令 第69条, 政府采购法 第52、53条): the result is public for
 * {@value #PROCUREMENT_NOTICE_WORKING_DAYS} working day; a challenge (质疑) within {@value #PROCUREMENT_CHALLENGE_WORKING_DAYS}
 * working days of it, answered within {@value #PROCUREMENT_CHALLENGE_WORKING_DAYS} working days.</li>
 * </ul>
 * No award before the publicity ends or while an objection is open (422 PUBLICITY_NOT_ENDED, OBJECTION_OPEN). The
 * first-candidate rule ({@link #inOrder()}) binds state-funded construction projects (实施条例 第55条) and every
 * procurement (政府采购法实施条例 第43条: 按顺序确定): any other candidate only on a statutory {@link DeviationGround} with the
 * reason recorded. A construction project without state funds may take any published candidate (实施条例 第53条: the
 * tenderee decides on the committee's report), a reason recorded when it is given.
 */
public final class Publicity {

    static final int CONSTRUCTION_DAYS = 3;
    static final int CONSTRUCTION_ANSWER_DAYS = 3;
    static final int PROCUREMENT_NOTICE_WORKING_DAYS = 1;
    static final int PROCUREMENT_CHALLENGE_WORKING_DAYS = 7;
    static final int CONSTRUCTION_PUBLISH_DAYS = 3;
    static final int PROCUREMENT_PUBLISH_WORKING_DAYS = 2;

    private final String lotId;
    private final String projectId;
    private final Track track;
    private final List<PublicCandidate> candidates;
    private final Instant publishedAt;
    private final Instant endsAt;
    private final Instant objectionsUntil;
    private final List<PublicityObjection> objections;
    private final boolean inOrder;
    private AwardDecision award;
    private final List<AwardDecision> superseded;
    private final long rowVersion;

    private Publicity(String lotId, String projectId, Track track, List<PublicCandidate> candidates, Instant publishedAt,
            Instant endsAt, Instant objectionsUntil, List<PublicityObjection> objections, boolean inOrder,
            AwardDecision award, List<AwardDecision> superseded, long rowVersion) {
        this.lotId = lotId;
        this.projectId = projectId;
        this.track = track;
        this.candidates = List.copyOf(candidates);
        this.publishedAt = publishedAt;
        this.endsAt = endsAt;
        this.objectionsUntil = objectionsUntil;
        this.objections = new ArrayList<>(objections);
        this.inOrder = inOrder;
        this.award = award;
        this.superseded = new ArrayList<>(superseded == null ? List.of() : superseded);
        this.rowVersion = rowVersion;
    }

    /**
     * Publishes the report's candidates now; 422 NO_CANDIDATES when the report ranks none. {@code stateFunded}: the
     * project's, which binds a construction award to the first candidate.
     */
    public static Publicity publish(String lotId, String projectId, Track track, boolean stateFunded,
            List<PublicCandidate> candidates, WorkingDayCalendar calendar, Instant now) {
        if (candidates.isEmpty()) {
            throw new BusinessRuleViolationException("NO_CANDIDATES", null, "The report of lot {0} names no candidate",
                    lotId);
        }
        Instant endsAt;
        Instant objectionsUntil;
        if (track == Track.CONSTRUCTION) {
            endsAt = now.plus(Duration.ofDays(CONSTRUCTION_DAYS));
            objectionsUntil = endsAt;
        } else {
            endsAt = endOfWorkingDay(calendar, date(now), PROCUREMENT_NOTICE_WORKING_DAYS);
            objectionsUntil = endOfWorkingDay(calendar, date(now), PROCUREMENT_CHALLENGE_WORKING_DAYS);
        }
        boolean inOrder = track == Track.GOVERNMENT_PROCUREMENT || stateFunded;
        return new Publicity(lotId, projectId, track, candidates, now, endsAt, objectionsUntil, List.of(), inOrder, null,
                List.of(), -1);
    }

    public static Publicity restore(Snapshot s) {
        // publicities stored before the rule was kept per lot asked every award for a reason: they stay in order
        return new Publicity(s.lotId(), s.projectId(), s.track(), s.candidates(), s.publishedAt(), s.endsAt(),
                s.objectionsUntil(), s.objections(), s.inOrder() == null || s.inOrder(), s.award(), s.superseded(),
                s.rowVersion());
    }

    /**
     * A bidder of the lot objects (异议 / 质疑): only within its window, answered by the due time of its track. A
     * construction objection is to the candidates, so it ends with the award; a procurement challenge is to the result
     * and runs its {@value #PROCUREMENT_CHALLENGE_WORKING_DAYS} working days past the award, holding the contract instead.
     */
    public PublicityObjection object(String bidder, String text, WorkingDayCalendar calendar, Instant now) {
        if (track == Track.CONSTRUCTION) {
            requireNotAwarded("objection");
        }
        if (!now.isBefore(objectionsUntil)) {
            throw new BusinessRuleViolationException("OBJECTION_TOO_LATE", null,
                    "Objections to lot {0}''s candidates were open until {1}", lotId, objectionsUntil);
        }
        Instant due = track == Track.CONSTRUCTION ? now.plus(Duration.ofDays(CONSTRUCTION_ANSWER_DAYS))
                : endOfWorkingDay(calendar, date(now), PROCUREMENT_CHALLENGE_WORKING_DAYS);
        PublicityObjection o = new PublicityObjection(UUID.randomUUID().toString(), bidder, text, now, due, null, null);
        objections.add(o);
        return o;
    }

    public PublicityObjection answer(String objectionId, String answer, Instant now) {
        for (int i = 0; i < objections.size(); i++) {
            PublicityObjection o = objections.get(i);
            if (o.id().equals(objectionId)) {
                if (!o.open()) {
                    throw new IllegalTransitionException("ANSWERED", "answer", List.of());
                }
                PublicityObjection answered = o.answered(answer, now);
                objections.set(i, answered);
                return answered;
            }
        }
        throw new NotFoundException("OBJECTION_NOT_FOUND", "No objection {0} to lot {1}''s candidates", objectionId, lotId);
    }

    /**
     * The award notice: after the publicity, with no objection open, a candidate of the report; any but the first, when
     * the first-candidate rule binds, only on a statutory ground with its reason.
     */
    public AwardDecision award(String bidId, DeviationGround ground, String deviationReason, String by, Instant now) {
        requireNotAwarded("award");
        if (now.isBefore(endsAt)) {
            throw new BusinessRuleViolationException("PUBLICITY_NOT_ENDED", null,
                    "The publicity of lot {0} ends at {1}: no award notice before", lotId, endsAt);
        }
        long open = objections.stream().filter(PublicityObjection::open).count();
        if (open > 0) {
            throw new BusinessRuleViolationException("OBJECTION_OPEN", null,
                    "{0} objection(s) to lot {1}''s candidates are unanswered: the award waits for the answers", open, lotId);
        }
        award = decision(candidate(bidId), ground, deviationReason, by, now);
        return award;
    }

    /**
     * The award to another candidate after the winner refused to sign (招标投标法实施条例 第55条, 政府采购法实施条例 第49条:
     * 按照排序确定下一候选人): a published candidate not awarded before — where the first-candidate rule binds, the best
     * ranked of those, on a statutory ground with its reason. Whether the winner did refuse is the contract's to say.
     */
    public AwardDecision reaward(String bidId, DeviationGround ground, String reason, String by, Instant now) {
        if (award == null) {
            throw new IllegalTransitionException("PUBLISHED", "reaward", List.of("award"));
        }
        List<String> awardedBefore = new ArrayList<>(superseded.stream().map(AwardDecision::bidId).toList());
        awardedBefore.add(award.bidId());
        PublicCandidate chosen = candidate(bidId);
        if (awardedBefore.contains(chosen.bidId())) {
            throw new BusinessRuleViolationException("CANDIDATE_ALREADY_AWARDED", "bidId",
                    "Candidate {0} of lot {1} was awarded before and did not sign", chosen.rank(), lotId);
        }
        int next = candidates.stream().filter(c -> !awardedBefore.contains(c.bidId())).mapToInt(PublicCandidate::rank)
                .min().orElseThrow();
        if (inOrder && chosen.rank() != next) {
            throw new BusinessRuleViolationException("NOT_NEXT_CANDIDATE", "bidId",
                    "Lot {0} takes its candidates in order: candidate {1} is next", lotId, next);
        }
        AwardDecision decision = decision(chosen, ground, reason, by, now);
        superseded.add(award);
        award = decision;
        return award;
    }

    private PublicCandidate candidate(String bidId) {
        return candidates.stream().filter(c -> c.bidId().equals(bidId)).findFirst()
                .orElseThrow(() -> new BusinessRuleViolationException("NOT_A_CANDIDATE", "bidId",
                        "Bid {0} is not a published candidate of lot {1}", bidId, lotId));
    }

    /** The decision for {@code chosen}: any but the first needs a ground and a reason where the rule binds. */
    private AwardDecision decision(PublicCandidate chosen, DeviationGround ground, String deviationReason, String by,
            Instant now) {
        boolean first = chosen.rank() == 1;
        boolean reasoned = deviationReason != null && !deviationReason.isBlank();
        if (!first && inOrder && ground == null) {
            throw new BusinessRuleViolationException("DEVIATION_GROUND_REQUIRED", "ground",
                    "Lot {0} takes its first candidate; candidate {1} only on a statutory ground (招标投标法实施条例 第55条)",
                    lotId, chosen.rank());
        }
        if (!first && inOrder && !reasoned) {
            throw new BusinessRuleViolationException("DEVIATION_REASON_REQUIRED", "reason",
                    "Choosing candidate {0} instead of the first needs the recorded reason (招标投标法实施条例 第55条)",
                    chosen.rank());
        }
        return new AwardDecision(chosen.bidId(), chosen.bidder(), chosen.rank(), first ? null : ground,
                first || !reasoned ? null : deviationReason.strip(), by, now);
    }

    private void requireNotAwarded(String attempted) {
        if (award != null) {
            throw new IllegalTransitionException("AWARDED", attempted, List.of());
        }
    }

    /**
     * By when the candidates (construction: 实施条例 第54条, 自收到评标报告之日起3日内) or the result (procurement: 2 working
     * days, DOMAIN.md §7) must be published after the committee's report.
     */
    public static Instant publicationDue(Track track, Instant reportAt, WorkingDayCalendar calendar) {
        return track == Track.CONSTRUCTION ? reportAt.plus(Duration.ofDays(CONSTRUCTION_PUBLISH_DAYS))
                : endOfWorkingDay(calendar, date(reportAt), PROCUREMENT_PUBLISH_WORKING_DAYS);
    }

    /**
     * The end of the n-th working day after {@code from}: midnight (Asia/Shanghai) starting the day after it — how the
     * award's and the complaints' working-day periods end.
     */
    public static Instant endOfWorkingDay(WorkingDayCalendar calendar, LocalDate from, int n) {
        return calendar.plusWorkingDays(from, n).date().plusDays(1).atStartOfDay(ShanghaiDate.ZONE).toInstant();
    }

    static LocalDate date(Instant at) {
        return ShanghaiDate.of(at);
    }

    public boolean overdue(PublicityObjection o, Instant now) {
        return o.open() && now.isAfter(o.answerDue());
    }

    public Snapshot snapshot() {
        return new Snapshot(lotId, projectId, track, candidates, publishedAt, endsAt, objectionsUntil, objections,
                inOrder, award, List.copyOf(superseded), rowVersion);
    }

    public String lotId() { return lotId; }
    public String projectId() { return projectId; }
    public Track track() { return track; }
    public List<PublicCandidate> candidates() { return candidates; }
    public Instant publishedAt() { return publishedAt; }
    public Instant endsAt() { return endsAt; }
    public Instant objectionsUntil() { return objectionsUntil; }
    public List<PublicityObjection> objections() { return List.copyOf(objections); }
    public AwardDecision awardDecision() { return award; }
    public boolean inOrder() { return inOrder; }
    public List<AwardDecision> superseded() { return List.copyOf(superseded); }
    public long rowVersion() { return rowVersion; }

    /** Everything stored (rowVersion -1: not stored yet). */
    public record Snapshot(String lotId, String projectId, Track track, List<PublicCandidate> candidates,
            Instant publishedAt, Instant endsAt, Instant objectionsUntil, List<PublicityObjection> objections,
            Boolean inOrder, AwardDecision award, List<AwardDecision> superseded, long rowVersion) {
    }
}
