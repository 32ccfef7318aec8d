package org.example.gov.trading.award;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.deposit.DepositService;
import org.example.gov.trading.guarantee.ClaimGround;
import org.example.gov.trading.guarantee.GuaranteeService;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.TenderService;
import org.example.gov.trading.tender.Track;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contract of an awarded lot ({@link LotContract} holds the rules) and what the award and the contract release:
 * <ul>
 * <li>at the award notice ({@link #awarded}, inside the award's transaction): the contract awaits its signature; a
 * procurement's other suppliers get their guarantees released and their deposits' refunds scheduled;</li>
 * <li>signed (tenderee or agent): the lot becomes CONTRACTED, every remaining guarantee is released, every remaining deposit
 * scheduled from the contract's date, event contract-signed (and OCDS's {@code contract} release, from the lot's
 * save);</li>
 * <li>refused by the winner: its guarantee claimed (ground REFUSED_TO_SIGN), event contract-refused; the award may
 * then go to the next candidate ({@link Publicity#reaward}), whose contract replaces this one;</li>
 * <li>{@link #warnDue}: the supervision warnings of unsigned contracts, once each, for the scheduled job.</li>
 * </ul>
 */
public class ContractService {

    private final ContractRepository contracts;
    private final PublicityRepository publicities;
    private final TenderService tenders;
    private final GuaranteeService guarantees;
    private final DepositService deposits;
    private final ProcedureHold holds;
    private final CalendarReplica calendars;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ContractService(ContractRepository contracts, PublicityRepository publicities, TenderService tenders,
            GuaranteeService guarantees, DepositService deposits, ProcedureHold holds, CalendarReplica calendars,
            Outbox outbox, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.contracts = contracts;
        this.publicities = publicities;
        this.tenders = tenders;
        this.guarantees = guarantees;
        this.deposits = deposits;
        this.holds = holds;
        this.calendars = calendars;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The award's side of the contract, in the award's transaction once the lot is AWARDED. The bid security follows the
     * deposit rules: a procurement's unsuccessful suppliers get theirs back from the notice (政府采购法实施条例 第38条), a
     * construction lot keeps every bidder's until the contract (招标投标法实施条例 第57条) — the next candidate may yet be
     * awarded if the first declines.
     */
    void awarded(Publicity publicity, AwardDecision award, LotSecurity lot) {
        LotContract contract = LotContract.awaiting(publicity, award, calendars.calendar(lot.region()));
        contracts.find(lot.lotId().toString()).ifPresentOrElse(refused -> contracts.save(contract.replacing(refused)),
                () -> contracts.save(contract));
        if (lot.track() == Track.GOVERNMENT_PROCUREMENT) {
            guarantees.releaseOthersForPlatform(lot.lotId(), award.bidder(), "未中标：中标通知书已发出");
        }
        deposits.scheduleRefundsForPlatform(lot.lotId(), award.bidder(), Publicity.date(award.awardedAt()), null);
    }

    /** Whether the lot's awarded winner refused to sign: the award may then go to the next candidate. */
    boolean refused(LotId lotId) {
        return contracts.find(lotId.toString()).map(c -> c.status() == LotContract.Status.REFUSED).orElse(false);
    }

    /** The parties, trading staff and supervisors in reach. */
    public LotContract view(LotId lotId, Actor actor) {
        requireReach(lotId, actor, Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF, Role.SUPERVISOR));
        return contracts.find(lotId.toString()).orElseThrow(() -> notAwarded(lotId));
    }

    /** Records the signed contract (the rules of {@link LotContract#sign}); the lot becomes CONTRACTED. */
    public LotContract sign(LotId lotId, String number, LocalDate signedOn, BigDecimal amount, String documentSha256,
            Actor actor) {
        requireReach(lotId, actor, AwardService.PARTIES);
        return transactions.execute(s -> {
            LotContract c = contracts.findForUpdate(lotId.toString()).orElseThrow(() -> notAwarded(lotId));
            long openChallenges = publicities.find(lotId.toString()).map(p -> p.objections().stream()
                    .filter(PublicityObjection::open).count()).orElse(0L);
            Instant now = clock.instant();
            LotContract.Signature signed = c.sign(number, signedOn, amount, documentSha256, actor.id(), now,
                    openChallenges, holds.on(lotId));
            contracts.save(c);
            tenders.contractRecorded(lotId);
            guarantees.releaseForPlatform(lotId, "合同已签订");
            deposits.scheduleRefundsForPlatform(lotId, c.bidder(), Publicity.date(c.awardNoticeAt()), signedOn);
            publish(new AwardEvent.ContractSigned(c.projectId(), c.lotId(), c.bidId(), c.bidder(), signed.number(),
                    signed.amount(), signed.signedOn(), c.dueOn(), signed.late(), now));
            audit.staffAction(actor, "trading.contract-signed", "lot", lotId.toString());
            return c;
        });
    }

    /** The winner refused to sign: recorded, its verified guarantee claimed (a deposit stays with the staff). */
    public LotContract refuse(LotId lotId, String reason, Actor actor) {
        requireReach(lotId, actor, AwardService.PARTIES);
        return transactions.execute(s -> {
            LotContract c = contracts.findForUpdate(lotId.toString()).orElseThrow(() -> notAwarded(lotId));
            LotContract.Refusal refusal = c.refuse(reason, actor.id(), clock.instant());
            contracts.save(c);
            if (guarantees.hasVerified(lotId, c.bidder())) {
                guarantees.claimForPlatform(lotId, c.bidder(), ClaimGround.REFUSED_TO_SIGN, refusal.reason(),
                        "拒绝签订合同，记录于 " + refusal.recordedAt() + "，中标通知书 " + c.awardNoticeAt());
            }
            publish(new AwardEvent.ContractRefused(c.projectId(), c.lotId(), c.bidId(), c.bidder(),
                    refusal.recordedAt()));
            audit.staffAction(actor, "trading.contract-refused", "lot", lotId.toString());
            return c;
        });
    }

    /**
     * Raises the warnings due today for unsigned contracts, each once (the row lock and version make a second replica's
     * run a no-op). @return how many were raised
     */
    public int warnDue() {
        Instant now = clock.instant();
        LocalDate today = Publicity.date(now);
        int raised = 0;
        for (String lotId : contracts.awaitingDueBy(today.plusDays(LotContract.APPROACHING_DAYS))) {
            Optional<LotContract.Warning> warning = transactions.execute(s -> {
                LotContract c = contracts.findForUpdate(lotId).orElseThrow();
                Optional<LotContract.Warning> w = c.warnOn(today);
                w.ifPresent(kind -> {
                    contracts.save(c);
                    publish(new AwardEvent.ContractDeadlineWarning(c.projectId(), c.lotId(), kind.name(), c.dueOn(),
                            Publicity.date(c.awardNoticeAt()), now));
                });
                return w;
            });
            raised += warning.isPresent() ? 1 : 0;
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

    /** No contract without an award notice: 409 with the lot's stage. */
    private IllegalTransitionException notAwarded(LotId lotId) {
        LotStatus stage = tenders.security(lotId).status();
        return new IllegalTransitionException(stage.name(), "contract",
                stage == LotStatus.CANDIDATE_PUBLICITY ? List.of("award") : List.of());
    }
}
