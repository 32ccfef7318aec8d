package org.example.gov.trading.guarantee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Money;
import org.example.gov.trading.tender.ProjectId;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;

/** The guarantee's rules, without Spring: a lot requiring 20,000 yuan, 90 days' validity, deadline 23 March 09:30. */
class GuaranteeTest {

    static final LotId LOT = LotId.newId();
    static final Instant DEADLINE = Instant.parse("2026-03-23T01:30:00Z");
    static final Instant BEFORE = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant AFTER = Instant.parse("2026-03-23T01:30:01Z");
    static final byte[] DOCUMENT = "保函正本 BG-1".getBytes(StandardCharsets.UTF_8);
    static final String HASH = Sm3.hex(DOCUMENT);

    static LotSecurity lot(LotStatus status) {
        return new LotSecurity(LOT, ProjectId.newId(), Track.CONSTRUCTION, "440304", status, Money.yuan("20000.00"), 90,
                DEADLINE);
    }

    static Guarantee issued(String amount, LocalDate validUntil) {
        List<GuaranteeEvent> events = new ArrayList<>();
        Guarantee g = Guarantee.issue("guarantor1", new Guarantee.Issue("BG-1", LOT, "bidder1", Money.yuan(amount),
                validUntil, HASH), lot(LotStatus.TENDERING), BEFORE, events);
        assertThat(events).singleElement().isInstanceOf(GuaranteeEvent.GuaranteeIssued.class);
        return g;
    }

    static Guarantee verified() {
        Guarantee g = issued("20000.00", LocalDate.of(2026, 6, 20));
        g.verify(HASH, lot(LotStatus.TENDERING), BEFORE);
        return g;
    }

    static void assertRule(Runnable step, String code) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(BusinessRuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aGuaranteeCoveringTheSecurityAndTheValidityWithTheGuarantorsDocumentIsVerified() {
        Guarantee g = issued("20000.00", LocalDate.of(2026, 6, 20));
        List<GuaranteeEvent> events = g.verify(HASH, lot(LotStatus.TENDERING), BEFORE);
        assertThat(g.status()).isEqualTo(GuaranteeStatus.VERIFIED);
        assertThat(events).singleElement().isInstanceOf(GuaranteeEvent.GuaranteeVerified.class);
    }

    @Test
    void anAmountBelowTheRequiredSecurityIsRefused() {
        Guarantee g = issued("19999.99", LocalDate.of(2026, 6, 20));
        assertRule(() -> g.verify(HASH, lot(LotStatus.TENDERING), BEFORE), "GUARANTEE_AMOUNT_BELOW_REQUIRED");
        assertThat(g.status()).isEqualTo(GuaranteeStatus.ISSUED);
    }

    @Test
    void aValidityEndingBeforeTheBidValidityCountedFromTheDeadlineIsRefused() {
        // 23 March + 90 days - 1 = 20 June (the deadline's day is the validity's first day)
        assertThat(Guarantee.requiredValidUntil(lot(LotStatus.TENDERING))).isEqualTo(LocalDate.of(2026, 6, 20));
        Guarantee g = issued("20000.00", LocalDate.of(2026, 6, 19));
        assertRule(() -> g.verify(HASH, lot(LotStatus.TENDERING), BEFORE), "GUARANTEE_VALIDITY_TOO_SHORT");
    }

    @Test
    void aDocumentWhoseSm3DiffersFromTheGuarantorsIsRefused() {
        Guarantee g = issued("20000.00", LocalDate.of(2026, 6, 20));
        String tampered = Sm3.hex("保函正本 BG-1 (改)".getBytes(StandardCharsets.UTF_8));
        assertRule(() -> g.verify(tampered, lot(LotStatus.TENDERING), BEFORE), "GUARANTEE_DOCUMENT_MISMATCH");
    }

    @Test
    void noGuaranteeIsIssuedOrPresentedAtOrAfterTheDeadlineNorForALotThatIsNotTendering() {
        assertRule(() -> Guarantee.issue("guarantor1", new Guarantee.Issue("BG-2", LOT, "bidder1",
                Money.yuan("20000.00"), LocalDate.of(2026, 7, 1), HASH), lot(LotStatus.TENDERING), DEADLINE,
                new ArrayList<>()), "GUARANTEE_AFTER_DEADLINE");
        assertRule(() -> Guarantee.issue("guarantor1", new Guarantee.Issue("BG-2", LOT, "bidder1",
                Money.yuan("20000.00"), LocalDate.of(2026, 7, 1), HASH), lot(LotStatus.DRAFT), BEFORE,
                new ArrayList<>()), "LOT_NOT_TENDERING");
        Guarantee g = issued("20000.00", LocalDate.of(2026, 6, 20));
        assertRule(() -> g.verify(HASH, lot(LotStatus.TENDERING), DEADLINE), "GUARANTEE_AFTER_DEADLINE");
    }

    @Test
    void releaseComesAfterTheAwardOrTheLotsEndNotBefore() {
        Guarantee g = verified();
        assertRule(() -> g.release(lot(LotStatus.EVALUATION), "定标", AFTER), "GUARANTEE_RELEASE_BEFORE_AWARD");
        List<GuaranteeEvent> events = g.release(lot(LotStatus.AWARDED), "中标通知书已发出", AFTER);
        assertThat(g.status()).isEqualTo(GuaranteeStatus.RELEASED);
        assertThat(events).singleElement().isInstanceOfSatisfying(GuaranteeEvent.GuaranteeReleased.class,
                e -> assertThat(e.bidder()).isEqualTo("bidder1"));
        Guarantee failed = verified();
        failed.release(lot(LotStatus.FAILED), "流标", AFTER);
        assertThat(failed.status()).isEqualTo(GuaranteeStatus.RELEASED);
    }

    @Test
    void aWithdrawalClaimNeedsTheDeadlinePassedAndARefusalClaimTheAward() {
        Guarantee g = verified();
        assertRule(() -> g.claim(ClaimGround.WITHDREW_AFTER_DEADLINE, "撤回投标", "2026-03-22 撤回", "trader1",
                lot(LotStatus.TENDERING), BEFORE), "CLAIM_BEFORE_DEADLINE");
        assertRule(() -> g.claim(ClaimGround.REFUSED_TO_SIGN, "拒签合同", "拒签函 2026-04-20", "trader1",
                lot(LotStatus.CANDIDATE_PUBLICITY), AFTER), "CLAIM_BEFORE_AWARD");
        assertRule(() -> g.claim(ClaimGround.WITHDREW_AFTER_DEADLINE, " ", "x", "trader1", lot(LotStatus.OPENING),
                AFTER), "CLAIM_REASON_REQUIRED");
        List<GuaranteeEvent> events = g.claim(ClaimGround.WITHDREW_AFTER_DEADLINE, "投标截止后撤回投标文件",
                "撤回申请 2026-03-23T02:10:00Z", "trader1", lot(LotStatus.OPENING), AFTER);
        assertThat(g.status()).isEqualTo(GuaranteeStatus.CLAIMED);
        assertThat(g.claim().fact()).contains("02:10");
        assertThat(events).singleElement().isInstanceOfSatisfying(GuaranteeEvent.GuaranteeClaimed.class,
                e -> assertThat(e.ground()).isEqualTo("WITHDREW_AFTER_DEADLINE"));
    }

    @Test
    void illegalStepsAre409WithTheAllowedOnesAndTerminalStagesAreFinal() {
        Guarantee issuedOnly = issued("20000.00", LocalDate.of(2026, 6, 20));
        assertThatThrownBy(() -> issuedOnly.claim(ClaimGround.REFUSED_TO_SIGN, "拒签", "函", "trader1",
                lot(LotStatus.AWARDED), AFTER)).isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowed()).containsExactlyInAnyOrder("verification", "release"));
        Guarantee g = verified();
        g.release(lot(LotStatus.CONTRACTED), "合同已签订", AFTER);
        assertThatThrownBy(() -> g.claim(ClaimGround.REFUSED_TO_SIGN, "拒签", "函", "trader1",
                lot(LotStatus.CONTRACTED), AFTER)).isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowed()).isEmpty());
        assertThatThrownBy(() -> g.verify(HASH, lot(LotStatus.TENDERING), BEFORE))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void issuedAndVerifiedEventsNameNoLotBidderOrAmount() {
        List<GuaranteeEvent> events = new ArrayList<>();
        Guarantee g = Guarantee.issue("guarantor1", new Guarantee.Issue("BG-9", LOT, "bidder1", Money.yuan("20000.00"),
                LocalDate.of(2026, 6, 20), HASH), lot(LotStatus.TENDERING), BEFORE, events);
        events.addAll(g.verify(HASH, lot(LotStatus.TENDERING), BEFORE));
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.toString())
                .doesNotContain(LOT.toString()).doesNotContain("bidder1").doesNotContain("20000"));
    }
}
