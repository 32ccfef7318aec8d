package org.example.gov.trading.award;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.TenderService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The candidates' publicity and the award of a lot ({@link Publicity} holds the rules). Who:
 * <ul>
 * <li>publish, answer an objection, award: the project's tenderee or agent (404 out of reach);</li>
 * <li>object: a bidder whose bid was opened on the lot (the evaluation report's readers among bidders);</li>
 * <li>read: the project's readers ({@link TenderService#READERS}); the publicity is public by law.</li>
 * </ul>
 * Publishing needs the lot in CANDIDATE_PUBLICITY (the evaluation completed with candidates); the award moves it to
 * AWARDED and opens its contract ({@link ContractService#awarded}), refused while a complaint has the procedure
 * suspended ({@link ProcedureHold}). Each step in one transaction with its event and audit line.
 */
public class AwardService {

    static final Set<Role> PARTIES = Set.of(Role.TENDEREE, Role.TENDER_AGENT);
    static final String PUBLICITY_OVERDUE = "PUBLICITY_OVERDUE";

    private final PublicityRepository publicities;
    private final TenderService tenders;
    private final EvaluationService evaluations;
    private final ContractService contracts;
    private final ProcedureHold holds;
    private final CalendarReplica calendars;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AwardService(PublicityRepository publicities, TenderService tenders, EvaluationService evaluations,
            ContractService contracts, ProcedureHold holds, CalendarReplica calendars, Outbox outbox, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        this.publicities = publicities;
        this.tenders = tenders;
        this.evaluations = evaluations;
        this.contracts = contracts;
        this.holds = holds;
        this.calendars = calendars;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Publishes the report's candidates (409 unless the lot is in CANDIDATE_PUBLICITY and not yet published). */
    public Publicity publish(LotId lotId, Actor actor) {
        requireReach(lotId, actor, PARTIES);
        LotStatus stage = tenders.security(lotId).status();
        if (stage != LotStatus.CANDIDATE_PUBLICITY) {
            throw new IllegalTransitionException(stage.name(), "publicity", List.of());
        }
        var report = evaluations.report(lotId, actor).report();
        return transactions.execute(s -> {
            LotSecurity lot = tenders.security(lotId);
            if (lot.status() != LotStatus.CANDIDATE_PUBLICITY || publicities.findForUpdate(lotId.toString()).isPresent()) {
                throw new IllegalTransitionException(lot.status().name(), "publicity",
                        lot.status() == LotStatus.CANDIDATE_PUBLICITY ? List.of("objection", "award") : List.of());
            }
            Instant now = clock.instant();
            List<PublicCandidate> candidates = report.candidates().stream()
                    .map(c -> new PublicCandidate(c.rank(), c.bidId(), c.bidder(), c.price(), c.total())).toList();
            Publicity p = Publicity.publish(lotId.toString(), lot.projectId().toString(), lot.track(),
                    tenders.stateFunded(lotId), candidates, calendars.calendar(lot.region()), now);
            publicities.save(p);
            publish(new AwardEvent.CandidatesPublished(p.projectId(), p.lotId(), p.track().name(),
                    candidates.stream().map(c -> new AwardEvent.PublishedCandidate(c.rank(), c.bidId(), c.bidder(),
                            c.price())).toList(), p.publishedAt(), p.endsAt(), p.objectionsUntil()));
            audit.staffAction(actor, "trading.candidates-published", "lot", lotId.toString());
            return p;
        });
    }

    public Publicity view(LotId lotId, Actor actor) {
        requireReach(lotId, actor, TenderService.READERS);
        return publicities.find(lotId.toString()).orElseThrow(() -> new NotFoundException("PUBLICITY_NOT_FOUND",
                "The candidates of lot {0} are not published", lotId));
    }

    /** A bidder of the lot objects to the candidates (异议) or challenges the result (质疑). */
    public PublicityObjection object(LotId lotId, String text, Actor bidder) {
        evaluations.report(lotId, bidder); // 404 unless the caller's bid was opened on this lot
        return transactions.execute(s -> {
            Publicity p = publicities.findForUpdate(lotId.toString()).orElseThrow(() -> notPublished(lotId));
            LotSecurity lot = tenders.security(lotId);
            PublicityObjection o = p.object(bidder.id(), text, calendars.calendar(lot.region()), clock.instant());
            publicities.save(p);
            publish(new AwardEvent.CandidateObjectionFiled(p.projectId(), p.lotId(), o.id(), o.filedAt(), o.answerDue()));
            audit.record(AuditKind.STAFF_ACTION, "DONE", bidder, "trading.candidate-objection", "lot", lotId.toString(),
                    null, null);
            return o;
        });
    }

    public PublicityObjection answer(LotId lotId, String objectionId, String answer, Actor actor) {
        requireReach(lotId, actor, PARTIES);
        return transactions.execute(s -> {
            Publicity p = publicities.findForUpdate(lotId.toString()).orElseThrow(() -> notPublished(lotId));
            Instant now = clock.instant();
            PublicityObjection o = p.answer(objectionId, answer, now);
            publicities.save(p);
            publish(new AwardEvent.CandidateObjectionAnswered(p.projectId(), p.lotId(), o.id(), now,
                    now.isAfter(o.answerDue())));
            audit.staffAction(actor, "trading.candidate-objection-answer", "lot", lotId.toString());
            return o;
        });
    }

    /**
     * The award notice (中标通知书): the rules of {@link Publicity#award}; the lot becomes AWARDED. After the winner refused
     * to sign, the award to the next candidate ({@link Publicity#reaward}).
     */
    public AwardDecision award(LotId lotId, String bidId, DeviationGround ground, String reason, Actor actor) {
        requireReach(lotId, actor, PARTIES);
        return transactions.execute(s -> {
            Publicity p = publicities.findForUpdate(lotId.toString()).orElseThrow(() -> notPublished(lotId));
            holds.requireNone(lotId, "award");
            // awarded before and refused: the next candidate (the lot stays AWARDED, its contract is replaced)
            boolean again = p.awardDecision() != null && contracts.refused(lotId);
            AwardDecision d = again ? p.reaward(bidId, ground, reason, actor.id(), clock.instant())
                    : p.award(bidId, ground, reason, actor.id(), clock.instant());
            publicities.save(p);
            if (!again) {
                tenders.awarded(lotId);
            }
            contracts.awarded(p, d, tenders.security(lotId));
            publish(new AwardEvent.Awarded(p.projectId(), p.lotId(), d.bidId(), d.bidder(), d.rank(),
                    d.rank() != 1, d.awardedAt()));
            audit.staffAction(actor, "trading.award", "lot", lotId.toString());
            return d;
        });
    }

    /**
     * Warns once per lot whose candidates (or result) are not published by {@link Publicity#publicationDue}; for the
     * scheduled job. @return how many were raised
     */
    public int warnPublicityDue() {
        Instant now = clock.instant();
        int raised = 0;
        // two calendar days is the shortest period (2 working days); each lot's own due time is checked below
        for (PublicityRepository.Unpublished u : publicities.unpublishedReports(now.minus(java.time.Duration.ofDays(2)),
                PUBLICITY_OVERDUE)) {
            LotSecurity lot = tenders.security(LotId.of(u.lotId()));
            Instant due = Publicity.publicationDue(lot.track(), u.reportAt(), calendars.calendar(lot.region()));
            if (lot.status() != LotStatus.CANDIDATE_PUBLICITY || !now.isAfter(due)) {
                continue;
            }
            Boolean warned = transactions.execute(s -> {
                if (!publicities.markWarned(u.lotId(), PUBLICITY_OVERDUE, now)) {
                    return false;
                }
                publish(new AwardEvent.PublicityOverdue(u.projectId(), u.lotId(), lot.track().name(), u.reportAt(), due,
                        now));
                return true;
            });
            raised += Boolean.TRUE.equals(warned) ? 1 : 0;
        }
        return raised;
    }

    private void publish(AwardEvent e) {
        outbox.publish(AwardEvent.TOPIC, e.type(), e.projectId(), e);
    }

    private void requireReach(LotId lotId, Actor actor, Set<Role> roles) {
        if (!tenders.reaches(lotId, actor, roles)) {
            throw new NotFoundException("LOT_NOT_FOUND", "No lot " + lotId, lotId);
        }
    }

    private static ConflictException notPublished(LotId lotId) {
        return new ConflictException("PUBLICITY_NOT_STARTED", "The candidates of lot {0} are not published yet", lotId);
    }
}
