package org.example.gov.trading.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.Track;

/**
 * The contract (合同) a lot's award notice calls for, from the notice until it is signed or the winner refuses.
 * <ul>
 * <li>Within {@value #DAYS} days of the award notice (招标投标法 第46条, 政府采购法 第46条: 自中标通知书发出之日起三十日内); a
 * last day that is not a working day moves to the next working day (民法典 第203条), as the deposit refunds count.</li>
 * <li>On the terms of the award: the contract's amount is the awarded price (招标投标法 第46条: 不得再行订立背离合同实质性内容的
 * 其他协议; 政府采购法 第46条: 按照采购文件确定的事项签订), else 422 CONTRACT_AMOUNT_DEVIATES.</li>
 * <li>Not while a procurement challenge (质疑) of the result is unanswered — the answer may change the winner (政府采购质疑和
 * 投诉办法 第16条) — nor while a complaint has the procedure suspended (招标投标法实施条例 第62条, 政府采购法 第57条).</li>
 * <li>Signed late, it is still recorded — it is the contract in force — but marked late for the supervisors, who were
 * warned {@value #APPROACHING_DAYS} days before the last day, on it, and after it ({@link Warning}, once each).</li>
 * <li>A winner who refuses to sign forfeits its bid security (招标投标法实施条例 第74条): recorded as such, the guarantee
 * claimed by the award capability.</li>
 * </ul>
 */
public final class LotContract {

    static final int DAYS = 30;
    static final int APPROACHING_DAYS = 5;

    public enum Status { AWAITING_SIGNATURE, SIGNED, REFUSED }

    /** The supervision warnings of an unsigned contract, each raised once. */
    public enum Warning {
        /** {@value LotContract#APPROACHING_DAYS} days or fewer before the last day. */
        APPROACHING,
        /** The last day itself: signing is still on time today. */
        LAST_DAY,
        /** After the last day. */
        OVERDUE
    }

    /** The signed contract as recorded: the number, the day, the amount and the SHA-256 of the signed document. */
    public record Signature(String number, LocalDate signedOn, BigDecimal amount, String documentSha256,
            String recordedBy, Instant recordedAt, boolean late) {
    }

    /** The winner's refusal (拒绝签订合同) as the tenderee or agent recorded it. */
    public record Refusal(String reason, String recordedBy, Instant recordedAt) {
    }

    private final Snapshot initial;
    private Status status;
    private Signature signature;
    private Refusal refusal;
    private final Set<Warning> warned;

    private LotContract(Snapshot s) {
        this.initial = s;
        this.status = s.status();
        this.signature = s.signature();
        this.refusal = s.refusal();
        this.warned = s.warned().isEmpty() ? EnumSet.noneOf(Warning.class) : EnumSet.copyOf(s.warned());
    }

    /** The contract an award notice calls for: due {@value #DAYS} days after the notice's (Beijing) date. */
    public static LotContract awaiting(Publicity publicity, AwardDecision award, WorkingDayCalendar calendar) {
        BigDecimal amount = publicity.candidates().stream().filter(c -> c.bidId().equals(award.bidId())).findFirst()
                .orElseThrow().price();
        LocalDate noticeOn = Publicity.date(award.awardedAt());
        LocalDate last = noticeOn.plusDays(DAYS);
        LocalDate dueOn = calendar.isWorkingDay(last) ? last : calendar.plusWorkingDays(last, 1).exact();
        return new LotContract(new Snapshot(publicity.lotId(), publicity.projectId(), publicity.track(), award.bidId(),
                award.bidder(), amount, award.awardedAt(), dueOn, Status.AWAITING_SIGNATURE, null, null, List.of(),
                List.of(), -1));
    }

    /**
     * This contract in place of one its lot's first winner refused (a re-award to the next candidate): stored over it,
     * the earlier refusals kept.
     */
    public LotContract replacing(LotContract refused) {
        if (refused.status != Status.REFUSED) {
            throw new IllegalTransitionException(refused.status.name(), "award", List.of());
        }
        List<Refusal> earlier = new java.util.ArrayList<>(refused.initial.earlierRefusals());
        earlier.add(refused.refusal);
        Snapshot s = snapshot();
        return new LotContract(new Snapshot(s.lotId(), s.projectId(), s.track(), s.bidId(), s.bidder(),
                s.awardedAmount(), s.awardNoticeAt(), s.dueOn(), s.status(), null, null, List.of(), earlier,
                refused.initial.rowVersion()));
    }

    public static LotContract restore(Snapshot s) {
        return new LotContract(s);
    }

    /**
     * Records the signed contract. {@code openChallenges}: unanswered challenges of the result (only procurement's
     * block); {@code suspension}: why the procedure is suspended, if it is.
     */
    public Signature sign(String number, LocalDate signedOn, BigDecimal amount, String documentSha256, String by,
            Instant now, long openChallenges, Optional<String> suspension) {
        requireAwaiting("contract");
        suspension.ifPresent(why -> {
            throw new BusinessRuleViolationException("PROCEDURE_SUSPENDED", null,
                    "The procedure of lot {0} is suspended ({1}): no {2} meanwhile", initial.lotId(), why, "contract");
        });
        if (initial.track() == Track.GOVERNMENT_PROCUREMENT && openChallenges > 0) {
            throw new BusinessRuleViolationException("CHALLENGE_OPEN", null,
                    "{0} challenge(s) of lot {1}''s result are unanswered: the contract waits for the answers",
                    openChallenges, initial.lotId());
        }
        LocalDate noticeOn = Publicity.date(initial.awardNoticeAt());
        if (signedOn.isBefore(noticeOn)) {
            throw new BusinessRuleViolationException("CONTRACT_BEFORE_AWARD_NOTICE", "signedOn",
                    "The contract ({0}) cannot precede the award notice ({1})", signedOn, noticeOn);
        }
        if (signedOn.isAfter(Publicity.date(now))) {
            throw new BusinessRuleViolationException("CONTRACT_DATE_IN_FUTURE", "signedOn",
                    "A contract is recorded once signed; {0} is still to come", signedOn);
        }
        if (amount.compareTo(initial.awardedAmount()) != 0) {
            throw new BusinessRuleViolationException("CONTRACT_AMOUNT_DEVIATES", "amount",
                    "The contract''s amount {0} departs from the awarded price {1} (招标投标法 第46条)",
                    amount.toPlainString(), initial.awardedAmount().toPlainString());
        }
        status = Status.SIGNED;
        signature = new Signature(number.strip(), signedOn, amount, documentSha256, by, now,
                signedOn.isAfter(initial.dueOn()));
        return signature;
    }

    /** The winner refused to sign: recorded with the reason; the award capability claims its bid security. */
    public Refusal refuse(String reason, String by, Instant now) {
        requireAwaiting("refusal");
        status = Status.REFUSED;
        refusal = new Refusal(reason.strip(), by, now);
        return refusal;
    }

    /** The warning due on {@code today} that was not raised yet (the most advanced one), if any; marks it raised. */
    public Optional<Warning> warnOn(LocalDate today) {
        if (status != Status.AWAITING_SIGNATURE) {
            return Optional.empty();
        }
        Warning due = today.isAfter(initial.dueOn()) ? Warning.OVERDUE
                : today.isEqual(initial.dueOn()) ? Warning.LAST_DAY
                : !today.isBefore(initial.dueOn().minusDays(APPROACHING_DAYS)) ? Warning.APPROACHING : null;
        if (due == null || warned.contains(due)) {
            return Optional.empty();
        }
        // a warning skipped (the job did not run that day) is not raised late: the later one says more
        warned.addAll(EnumSet.range(Warning.APPROACHING, due));
        return Optional.of(due);
    }

    private void requireAwaiting(String attempted) {
        if (status != Status.AWAITING_SIGNATURE) {
            throw new IllegalTransitionException(status.name(), attempted, List.of());
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(initial.lotId(), initial.projectId(), initial.track(), initial.bidId(), initial.bidder(),
                initial.awardedAmount(), initial.awardNoticeAt(), initial.dueOn(), status, signature, refusal,
                List.copyOf(warned), initial.earlierRefusals(), initial.rowVersion());
    }

    public String lotId() { return initial.lotId(); }
    public String projectId() { return initial.projectId(); }
    public Track track() { return initial.track(); }
    public String bidId() { return initial.bidId(); }
    public String bidder() { return initial.bidder(); }
    public BigDecimal awardedAmount() { return initial.awardedAmount(); }
    public Instant awardNoticeAt() { return initial.awardNoticeAt(); }
    public LocalDate dueOn() { return initial.dueOn(); }
    public Status status() { return status; }
    public Signature signature() { return signature; }
    public Refusal refusal() { return refusal; }
    public Set<Warning> warned() { return Set.copyOf(warned); }
    public List<Refusal> earlierRefusals() { return initial.earlierRefusals(); }

    /** Everything stored (rowVersion -1: not stored yet); earlierRefusals: the winners before this one who refused. */
    public record Snapshot(String lotId, String projectId, Track track, String bidId, String bidder,
            BigDecimal awardedAmount, Instant awardNoticeAt, LocalDate dueOn, Status status, Signature signature,
            Refusal refusal, List<Warning> warned, List<Refusal> earlierRefusals, long rowVersion) {

        public Snapshot {
            warned = warned == null ? List.of() : List.copyOf(warned);
            earlierRefusals = earlierRefusals == null ? List.of() : List.copyOf(earlierRefusals);
        }
    }
}
