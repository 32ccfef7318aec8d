package org.example.gov.trading.expert;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.problem.PlatformException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.tender.Lot;
import org.example.gov.trading.tender.LotFacts;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Project;
import org.example.gov.trading.tender.TenderService;
import org.example.gov.trading.tender.Track;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws, replaces and shows a lot's evaluation committee.
 *
 * <h2>Where the parties come from</h2>
 * The tenderee, track, region and budget from {@link TenderService} (the project as the acting staff member sees it —
 * out of their reach answers 404); the bidders from {@link LotBidders} (the opening capability; until it is wired every
 * draw is refused); the supervising departments from {@link SupervisingDepartments}. An expert a credit record bars
 * from the project's track on the draw date is excluded as PENALISED ({@link ExpertCreditBars}).
 *
 * <h2>When</h2>
 * A committee is drawn, and a seat replaced, only while the lot is OPENING or EVALUATION (409 otherwise): before the
 * bid deadline nobody knows the bidders an expert must have no tie to.
 *
 * <h2>Who sees it</h2>
 * TRADING_STAFF and SUPERVISOR of the project's region or above: always, with the draws' audit records. The tenderee,
 * its agent and the bidders: only once the lot has its result (CANDIDATE_PUBLICITY or later), before that 422
 * COMMITTEE_SECRET_UNTIL_RESULT. Names are masked in every response.
 */
public class CommitteeService {

    static final Set<Role> STAFF = Set.of(Role.TRADING_STAFF);
    static final Set<Role> OVERSEERS = Set.of(Role.TRADING_STAFF, Role.SUPERVISOR);
    static final Set<LotStatus> DRAWABLE = EnumSet.of(LotStatus.OPENING, LotStatus.EVALUATION);
    static final Set<LotStatus> RESULT_KNOWN = EnumSet.of(LotStatus.CANDIDATE_PUBLICITY, LotStatus.AWARDED,
            LotStatus.CONTRACTED, LotStatus.COMPLETE);
    public static final String TOPIC = "gov.trading.events";

    private final TenderService tenders;
    private final LotBidders bidders;
    private final ExpertRepository experts;
    private final CommitteeRepository committees;
    private final CommitteeRules rules;
    private final SupervisingDepartments supervisors;
    private final ExpertCreditBars credit;
    private final SecureRandom random;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public CommitteeService(TenderService tenders, LotBidders bidders, ExpertRepository experts,
            CommitteeRepository committees, CommitteeRules rules, SupervisingDepartments supervisors,
            ExpertCreditBars credit, SecureRandom random, Outbox outbox, TransactionTemplate transactions, Clock clock,
            AuditTrail audit) {
        this.tenders = tenders;
        this.bidders = bidders;
        this.experts = experts;
        this.committees = committees;
        this.rules = rules;
        this.supervisors = supervisors;
        this.credit = credit;
        this.random = random;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /** What a draw request states: the specialty and region of the pool, the committee's size and representatives. */
    public record DrawOrder(String specialty, String region, int members, int tendereeRepresentatives) {
    }

    /**
     * Draws the committee of a lot. 422 COMMITTEE_SIZE_INVALID / COMMITTEE_EXPERT_SHARE_TOO_LOW /
     * COMMITTEE_TOO_SMALL_FOR_BUDGET for a composition the law forbids, 422 COMMITTEE_POOL_TOO_SMALL (with eligible and
     * needed) when the pool cannot fill it, 409 when the lot is not being evaluated or already has its committee.
     */
    public Committee draw(LotId lotId, DrawOrder order, Actor actor) {
        Context c = context(lotId, actor);
        String region = order.region() == null ? c.project().region() : order.region();
        if (RegionCode.parse(region).isEmpty()) {
            throw new BusinessRuleViolationException("REGION_INVALID", "region",
                    "Region " + region + " is not a GB/T 2260 code", region);
        }
        rules.check(order.members(), order.tendereeRepresentatives(), c.project().track(), c.lot().amount().amount());
        LotParties parties = parties(lotId, c.project());
        return refusalsAudited(actor, "trading.committee-draw", lotId, () -> {
            transactions.executeWithoutResult(s -> {
                if (committees.findForUpdate(lotId).isPresent()) {
                    throw new IllegalTransitionException("DRAWN", "draw", List.of("replacement"));
                }
                Instant now = clock.instant();
                Committee committee = Committee.constitute(lotId, c.project().id(), order.members(),
                        order.tendereeRepresentatives(), now);
                DrawRecord draw = drawFrom(order.specialty(), region, c.project().track(), parties, Set.of(),
                        committee.experts(), null, actor, now);
                List<CommitteeEvent> events = committee.seat(draw, now);
                committees.save(committee);
                committees.saveDraw(lotId, draw);
                events.forEach(e -> outbox.publish(TOPIC, e.type(), e.projectId(), e));
                audit.record(AuditKind.STAFF_ACTION, "DONE", actor, "trading.committee-draw", "lot", lotId.toString(),
                        null, summary(draw));
            });
            return committees.find(lotId).orElseThrow();
        });
    }

    /**
     * Replaces the expert of a seat (回避 discovered later, absence, misconduct): the expert leaves, their scores are
     * void, a new draw from the same specialty and region — never anyone who held a seat of this committee — fills it.
     */
    public Committee replace(LotId lotId, int seat, ReplacementReason reason, String note, Actor actor) {
        Context c = context(lotId, actor);
        LotParties parties = parties(lotId, c.project());
        return refusalsAudited(actor, "trading.committee-replace", lotId, () -> {
            transactions.executeWithoutResult(s -> {
                Committee committee = committees.findForUpdate(lotId).orElseThrow(() -> committeeNotFound(lotId));
                committee.checkSeat(seat);
                DrawRecord first = committees.draws(lotId).getFirst();
                Instant now = clock.instant();
                DrawRecord draw = drawFrom(first.specialty(), first.region(), c.project().track(), parties,
                        committee.everSeated(), 1, seat, actor, now);
                List<CommitteeEvent> events = committee.replace(seat, reason, note, draw, now);
                committees.save(committee);
                committees.saveDraw(lotId, draw);
                events.forEach(e -> outbox.publish(TOPIC, e.type(), e.projectId(), e));
                audit.record(AuditKind.STAFF_ACTION, "DONE", actor, "trading.committee-replace", "lot",
                        lotId.toString(), null, "seat " + seat + " " + reason + "; " + summary(draw));
            });
            return committees.find(lotId).orElseThrow();
        });
    }

    /** The committee with the names (masked) of its experts, and for staff and supervisors its draws. */
    public CommitteeView view(LotId lotId, Actor actor) {
        LotFacts facts = tenders.facts(lotId);
        Project project = reachable(facts, actor, TenderService.READERS);
        boolean overseer = ScopePolicy.of(actor, OVERSEERS).covers(project.region(), null);
        if (!overseer && !RESULT_KNOWN.contains(facts.status())) {
            throw new BusinessRuleViolationException("COMMITTEE_SECRET_UNTIL_RESULT", "lotId",
                    "The evaluation committee of lot " + lotId + " is secret until the result", lotId);
        }
        Committee committee = committees.find(lotId).orElseThrow(() -> committeeNotFound(lotId));
        Map<ExpertId, PersonName> names = experts.names(
                committee.tenures().stream().map(Seat::expert).collect(Collectors.toSet()));
        List<DrawRecord> draws = overseer ? committees.draws(lotId) : List.of();
        transactions.executeWithoutResult(s -> audit.record(AuditKind.PERSONAL_DATA_READ, "DONE", actor,
                "trading.committee-read", "lot", lotId.toString(), null, "masked"));
        return new CommitteeView(committee, names, draws);
    }

    /** A recorded draw of the lot (staff and supervisors) and whether replaying it from its record gives its experts. */
    public DrawAudit drawRecord(LotId lotId, UUID drawId, Actor actor) {
        LotFacts facts = tenders.facts(lotId);
        Project project = reachable(facts, actor, OVERSEERS);
        DrawRecord d = committees.draws(lotId).stream().filter(x -> x.id().equals(drawId)).findFirst()
                .orElseThrow(() -> new NotFoundException("DRAW_NOT_FOUND", "No draw " + drawId + " in lot " + lotId,
                        drawId, lotId));
        boolean matches = CommitteeDraw.replay(d).equals(d.drawn());
        transactions.executeWithoutResult(s -> audit.staffAction(actor, "trading.committee-draw-audit", "lot",
                project.id() + "/" + lotId));
        return new DrawAudit(d, matches);
    }

    public record CommitteeView(Committee committee, Map<ExpertId, PersonName> names, List<DrawRecord> draws) {
    }

    public record DrawAudit(DrawRecord draw, boolean replayMatches) {
    }

    // ------------------------------------------------------------------ internals

    private record Context(Project project, Lot lot) {
    }

    private Context context(LotId lotId, Actor actor) {
        LotFacts facts = tenders.facts(lotId);
        Project project = reachable(facts, actor, STAFF);
        if (!DRAWABLE.contains(facts.status())) {
            throw new IllegalTransitionException(facts.status().name(), "committee",
                    facts.status() == LotStatus.TENDERING ? List.of() : List.of("view"));
        }
        return new Context(project, project.lot(lotId));
    }

    /** The project when one of {@code counting} lets the actor reach it, else 404 LOT_NOT_FOUND (as if there were none). */
    private Project reachable(LotFacts facts, Actor actor, Set<Role> counting) {
        Project project;
        try {
            project = tenders.view(facts.projectId(), actor);
        } catch (NotFoundException outOfReach) {
            throw lotNotFound(facts.lotId());
        }
        boolean staff = ScopePolicy.of(actor, counting.stream().filter(r -> r == Role.TRADING_STAFF || r == Role.SUPERVISOR)
                .collect(Collectors.toSet())).covers(project.region(), null);
        boolean party = (counting.contains(Role.TENDEREE) && actor.has(Role.TENDEREE) && actor.id().equals(project.tenderee()))
                || (counting.contains(Role.TENDER_AGENT) && actor.has(Role.TENDER_AGENT) && actor.id().equals(project.agent()))
                || (counting.contains(Role.BIDDER) && actor.has(Role.BIDDER));
        if (!staff && !party) {
            throw lotNotFound(facts.lotId());
        }
        return project;
    }

    private LotParties parties(LotId lotId, Project project) {
        return new LotParties(project.tenderee(), bidders.bidders(lotId),
                supervisors.of(project.track(), project.region()));
    }

    /** The pool with the credit records barring its experts on the draw date added to their penalties. */
    private DrawRecord drawFrom(String specialty, String region, Track track, LotParties parties,
            Set<ExpertId> seated, int seats, Integer seat, Actor actor, Instant now) {
        LocalDate date = ShanghaiDate.of(now);
        List<Candidate> listed = experts.pool(specialty, RegionCode.of(region), date);
        Map<ExpertId, List<Penalty>> bars = credit.barred(listed.stream().map(Candidate::id).toList(), date, track);
        List<Candidate> pool = listed.stream().map(x -> x.withPenalties(bars.getOrDefault(x.id(), List.of())))
                .toList();
        byte[] seed = new byte[DrawRandom.SEED_BYTES];
        random.nextBytes(seed);
        return CommitteeDraw.draw(pool, parties, date, seated, seats, seed, specialty, region, seat, actor.id(), now);
    }

    /** A refused draw is audited too (in its own transaction: the step's was rolled back), then re-thrown. */
    private <T> T refusalsAudited(Actor actor, String action, LotId lotId, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (PlatformException refused) {
            transactions.executeWithoutResult(s -> audit.record(AuditKind.STAFF_ACTION, "REFUSED", actor, action, "lot",
                    lotId.toString(), null, refused.code()));
            throw refused;
        } catch (DuplicateKeyException concurrentDraw) {
            throw new IllegalTransitionException("DRAWN", "draw", List.of("replacement"));
        }
    }

    private static String summary(DrawRecord d) {
        return "draw " + d.id() + " pool " + d.pool().size() + " eligible " + d.eligible() + " hash " + d.poolHash();
    }

    private static NotFoundException lotNotFound(LotId id) {
        return new NotFoundException("LOT_NOT_FOUND", "No lot " + id, id);
    }

    private static NotFoundException committeeNotFound(LotId id) {
        return new NotFoundException("COMMITTEE_NOT_FOUND", "Lot " + id + " has no committee yet", id);
    }
}
