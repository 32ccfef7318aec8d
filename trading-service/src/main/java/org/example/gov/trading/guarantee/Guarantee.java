package org.example.gov.trading.guarantee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Money;

/**
 * An electronic bid guarantee (电子投标保函) a guarantor (bank, insurer, guarantee company) issued for one bidder on one
 * lot. The rules (DOMAIN.md §7, issue 14):
 * <ul>
 * <li>issued only for a lot that is tendering, before its bid deadline;
 * <li>verified when the bidder presents the document: amount ≥ the lot's required security
 * (GUARANTEE_AMOUNT_BELOW_REQUIRED), validity ≥ the bid validity counted from the bid deadline
 * (GUARANTEE_VALIDITY_TOO_SHORT), the presented document's SM3 = the hash the guarantor pushed
 * (GUARANTEE_DOCUMENT_MISMATCH), before the deadline (GUARANTEE_AFTER_DEADLINE);
 * <li>released once the lot is awarded (or contracted, complete), or ended without award (failed, cancelled) —
 * before that 422 GUARANTEE_RELEASE_BEFORE_AWARD;
 * <li>claimed (理赔) only when verified, for a withdrawal after the deadline (实施条例 第35条; before it a bidder may
 * withdraw freely: CLAIM_BEFORE_DEADLINE) or a refusal to sign (第74条; only once awarded: CLAIM_BEFORE_AWARD), with the
 * staff's reason and the fact it rests on.
 * </ul>
 * Any other step is a 409 naming the allowed ones.
 */
public final class Guarantee {

    /** Dates of a guarantee's validity are Beijing dates. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern SM3_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Set<LotStatus> SETTLED = EnumSet.of(LotStatus.AWARDED, LotStatus.CONTRACTED,
            LotStatus.COMPLETE, LotStatus.FAILED, LotStatus.CANCELLED);
    private static final Set<LotStatus> AWARDED = EnumSet.of(LotStatus.AWARDED, LotStatus.CONTRACTED,
            LotStatus.COMPLETE);

    private final GuaranteeId id;
    private final String guarantor;
    private final String number;
    private final LotId lotId;
    private final String bidder;
    private final Money amount;
    private final LocalDate validUntil;
    private final String documentSm3;
    private final Instant issuedAt;
    private GuaranteeStatus status;
    private Instant verifiedAt;
    private Instant releasedAt;
    private String releaseReason;
    private Claim claim;
    private final long rowVersion;

    private Guarantee(Snapshot s) {
        this.id = s.id();
        this.guarantor = s.guarantor();
        this.number = s.number();
        this.lotId = s.lotId();
        this.bidder = s.bidder();
        this.amount = s.amount();
        this.validUntil = s.validUntil();
        this.documentSm3 = s.documentSm3();
        this.issuedAt = s.issuedAt();
        this.status = s.status();
        this.verifiedAt = s.verifiedAt();
        this.releasedAt = s.releasedAt();
        this.releaseReason = s.releaseReason();
        this.claim = s.claim();
        this.rowVersion = s.rowVersion();
    }

    /** What a guarantor pushes. */
    public record Issue(String number, LotId lotId, String bidder, Money amount, LocalDate validUntil,
            String documentSm3) {
    }

    /** A new guarantee and its event; the lot must be tendering and its deadline not reached. */
    public static Guarantee issue(String guarantor, Issue issue, LotSecurity lot, Instant now,
            List<GuaranteeEvent> events) {
        if (issue.amount().amount().signum() <= 0) {
            throw new BusinessRuleViolationException("GUARANTEE_AMOUNT_INVALID", "amount",
                    "A guarantee covers a positive amount");
        }
        if (!SM3_HEX.matcher(issue.documentSm3()).matches()) {
            throw new BusinessRuleViolationException("GUARANTEE_HASH_INVALID", "documentSm3",
                    "documentSm3 is the SM3 hash of the guarantee document, 64 lowercase hex digits");
        }
        if (lot.status() != LotStatus.TENDERING || lot.bidDeadline() == null) {
            throw new BusinessRuleViolationException("LOT_NOT_TENDERING", "lotId",
                    "Guarantees are issued for a lot that is tendering; lot {0} is {1}", lot.lotId(), lot.status());
        }
        if (!now.isBefore(lot.bidDeadline())) {
            throw afterDeadline(lot);
        }
        Guarantee g = new Guarantee(new Snapshot(GuaranteeId.newId(), guarantor, issue.number(), issue.lotId(),
                issue.bidder(), issue.amount(), issue.validUntil(), issue.documentSm3(), now, GuaranteeStatus.ISSUED,
                null, null, null, null, -1));
        events.add(new GuaranteeEvent.GuaranteeIssued(g.id.toString(), guarantor, now));
        return g;
    }

    public static Guarantee restore(Snapshot snapshot) {
        return new Guarantee(snapshot);
    }

    /** Whether a repeated push with this number is the same guarantee (then it is answered, not refused). */
    public boolean sameAs(Issue issue) {
        return number.equals(issue.number()) && lotId.equals(issue.lotId()) && bidder.equals(issue.bidder())
                && amount.equals(issue.amount()) && validUntil.equals(issue.validUntil())
                && documentSm3.equals(issue.documentSm3());
    }

    /**
     * The bidder presents the guarantee document ({@code presentedSm3} = SM3 of the bytes it uploaded): checks it
     * against the lot's requirements and the guarantor's push.
     */
    public List<GuaranteeEvent> verify(String presentedSm3, LotSecurity lot, Instant now) {
        require(GuaranteeAction.VERIFY);
        if (!now.isBefore(lot.bidDeadline())) {
            throw afterDeadline(lot);
        }
        if (amount.amount().compareTo(lot.deposit().amount()) < 0) {
            throw new BusinessRuleViolationException("GUARANTEE_AMOUNT_BELOW_REQUIRED", "amount",
                    "The guarantee covers {0}, the lot requires a bid security of {1}", amount, lot.deposit());
        }
        LocalDate required = requiredValidUntil(lot);
        if (validUntil.isBefore(required)) {
            throw new BusinessRuleViolationException("GUARANTEE_VALIDITY_TOO_SHORT", "validUntil",
                    "The guarantee is valid until {0}; the bid validity of {1} days from the bid deadline needs {2}",
                    validUntil, lot.bidValidityDays(), required);
        }
        if (!documentSm3.equals(presentedSm3)) {
            throw new BusinessRuleViolationException("GUARANTEE_DOCUMENT_MISMATCH", "document",
                    "The presented guarantee document is not the one the guarantor issued (SM3 differs)");
        }
        status = GuaranteeStatus.VERIFIED;
        verifiedAt = now;
        return List.of(new GuaranteeEvent.GuaranteeVerified(id.toString(), guarantor, now));
    }

    /**
     * The last day the guarantee must cover: the bid validity runs from the bid deadline's (Beijing) date, so a 90-day
     * validity and a deadline on 23 March need a guarantee valid through 21 June (23 March + 90 days − 1).
     */
    static LocalDate requiredValidUntil(LotSecurity lot) {
        return lot.bidDeadline().atZone(BEIJING).toLocalDate().plusDays(lot.bidValidityDays() - 1L);
    }

    /** The guarantor's liability ends: the lot is awarded (or later), or ended without award. */
    public List<GuaranteeEvent> release(LotSecurity lot, String reason, Instant now) {
        require(GuaranteeAction.RELEASE);
        checkReleasable(lot);
        status = GuaranteeStatus.RELEASED;
        releasedAt = now;
        releaseReason = reason;
        return List.of(new GuaranteeEvent.GuaranteeReleased(id.toString(), guarantor, number, lotId.toString(), bidder,
                amount.amount().toPlainString(), reason, now));
    }

    /** 422 GUARANTEE_RELEASE_BEFORE_AWARD unless the lot is awarded (or later), failed or cancelled. */
    public static void checkReleasable(LotSecurity lot) {
        if (!SETTLED.contains(lot.status())) {
            throw new BusinessRuleViolationException("GUARANTEE_RELEASE_BEFORE_AWARD", "lotId",
                    "Guarantees are released after the award or when the lot ends; lot {0} is {1}", lot.lotId(),
                    lot.status());
        }
    }

    /** 理赔, recorded by trading staff with the reason and the fact it rests on. */
    public List<GuaranteeEvent> claim(ClaimGround ground, String reason, String fact, String by, LotSecurity lot,
            Instant now) {
        require(GuaranteeAction.CLAIM);
        if (reason == null || reason.isBlank() || fact == null || fact.isBlank()) {
            throw new BusinessRuleViolationException("CLAIM_REASON_REQUIRED", "reason",
                    "A claim states its reason and the fact it rests on");
        }
        switch (ground) {
            case WITHDREW_AFTER_DEADLINE -> {
                if (lot.bidDeadline() == null || now.isBefore(lot.bidDeadline())) {
                    throw new BusinessRuleViolationException("CLAIM_BEFORE_DEADLINE", "ground",
                            "A bidder may withdraw freely until the bid deadline (实施条例 第35条)");
                }
            }
            case REFUSED_TO_SIGN -> {
                if (!AWARDED.contains(lot.status())) {
                    throw new BusinessRuleViolationException("CLAIM_BEFORE_AWARD", "ground",
                            "Refusing to sign is possible only once the lot is awarded (实施条例 第74条); lot {0} is {1}",
                            lotId, lot.status());
                }
            }
        }
        status = GuaranteeStatus.CLAIMED;
        claim = new Claim(ground, reason, fact, by, now);
        return List.of(new GuaranteeEvent.GuaranteeClaimed(id.toString(), guarantor, number, lotId.toString(), bidder,
                amount.amount().toPlainString(), ground.name(), reason, fact, now));
    }

    public Set<GuaranteeAction> allowedActions() {
        return switch (status) {
            case ISSUED -> EnumSet.of(GuaranteeAction.VERIFY, GuaranteeAction.RELEASE);
            case VERIFIED -> EnumSet.of(GuaranteeAction.RELEASE, GuaranteeAction.CLAIM);
            case RELEASED, CLAIMED -> EnumSet.noneOf(GuaranteeAction.class);
        };
    }

    private void require(GuaranteeAction action) {
        if (!allowedActions().contains(action)) {
            List<String> allowed = new ArrayList<>();
            allowedActions().forEach(a -> allowed.add(a.label()));
            throw new IllegalTransitionException(status.name(), action.label(), allowed);
        }
    }

    private static BusinessRuleViolationException afterDeadline(LotSecurity lot) {
        return new BusinessRuleViolationException("GUARANTEE_AFTER_DEADLINE", "lotId",
                "A bid guarantee is issued and presented before the bid deadline ({0})", lot.bidDeadline());
    }

    public Snapshot snapshot() {
        return new Snapshot(id, guarantor, number, lotId, bidder, amount, validUntil, documentSm3, issuedAt, status,
                verifiedAt, releasedAt, releaseReason, claim, rowVersion);
    }

    /** The whole guarantee, as stored (sealed) and restored. */
    public record Snapshot(GuaranteeId id, String guarantor, String number, LotId lotId, String bidder, Money amount,
            LocalDate validUntil, String documentSm3, Instant issuedAt, GuaranteeStatus status, Instant verifiedAt,
            Instant releasedAt, String releaseReason, Claim claim, long rowVersion) {

        Snapshot withRowVersion(long version) {
            return new Snapshot(id, guarantor, number, lotId, bidder, amount, validUntil, documentSm3, issuedAt, status,
                    verifiedAt, releasedAt, releaseReason, claim, version);
        }
    }

    public GuaranteeId id() { return id; }
    public String guarantor() { return guarantor; }
    public String number() { return number; }
    public LotId lotId() { return lotId; }
    public String bidder() { return bidder; }
    public Money amount() { return amount; }
    public LocalDate validUntil() { return validUntil; }
    public String documentSm3() { return documentSm3; }
    public Instant issuedAt() { return issuedAt; }
    public GuaranteeStatus status() { return status; }
    public Instant verifiedAt() { return verifiedAt; }
    public Instant releasedAt() { return releasedAt; }
    public String releaseReason() { return releaseReason; }
    public Claim claim() { return claim; }
    public long rowVersion() { return rowVersion; }
    public boolean isNew() { return rowVersion < 0; }
}
