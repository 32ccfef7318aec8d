package org.example.gov.trading.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.PlatformException;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;

/** The rules of a bad-behaviour record: its period, what it bars, corrections and revocation. */
class CreditRecordTest {

    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate UNTIL = LocalDate.of(2027, 2, 28);

    static CreditRecord.Facts facts(SubjectKind kind, String subject, Track track, boolean bars, LocalDate from,
            LocalDate until) {
        return new CreditRecord.Facts(kind, subject, null, "提供虚假材料谋取中标", "政府采购法 第七十七条",
                "深财购〔2026〕12号", "深圳市财政局", "440300", track, bars, from, until);
    }

    static CreditRecord bidderBar(Track track) {
        return CreditRecord.record(facts(SubjectKind.BIDDER, "bidder-7", track, true, FROM, UNTIL), "trader1", T0);
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (PlatformException e) {
            return e.code();
        }
        throw new AssertionError("no problem raised");
    }

    @Test
    void aBarringRecordBarsOnEveryDayOfItsPeriodAndNotOneDayOutside() {
        CreditRecord r = bidderBar(null);
        assertThat(r.barsOn(FROM, Track.CONSTRUCTION)).isTrue();
        assertThat(r.barsOn(UNTIL, Track.GOVERNMENT_PROCUREMENT)).isTrue();
        assertThat(r.barsOn(FROM.minusDays(1), Track.CONSTRUCTION)).isFalse();
        assertThat(r.barsOn(UNTIL.plusDays(1), Track.CONSTRUCTION)).isFalse();
    }

    @Test
    void aRecordOfOneTrackBarsOnlyThatTrack() {
        CreditRecord procurement = bidderBar(Track.GOVERNMENT_PROCUREMENT);
        assertThat(procurement.barsOn(FROM, Track.GOVERNMENT_PROCUREMENT)).isTrue();
        assertThat(procurement.barsOn(FROM, Track.CONSTRUCTION)).isFalse();
    }

    @Test
    void aWarningOnRecordBarsNothing() {
        CreditRecord warning = CreditRecord.record(facts(SubjectKind.BIDDER, "bidder-7", null, false, FROM,
                LocalDate.of(2030, 1, 1)), "trader1", T0);
        assertThat(warning.inForceOn(FROM)).isTrue();
        assertThat(warning.barsOn(FROM, Track.CONSTRUCTION)).isFalse();
    }

    @Test
    void aRevokedRecordBarsNothingAndCannotBeRevokedOrCorrectedAgain() {
        CreditRecord r = bidderBar(null);
        r.revoke("行政复议撤销原处罚决定", "supervisor1", T0.plusSeconds(60));
        assertThat(r.revoked()).isTrue();
        assertThat(r.barsOn(FROM.plusDays(10), Track.CONSTRUCTION)).isFalse();
        assertThatThrownBy(() -> r.revoke("again", "supervisor1", T0)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.correct(FROM, UNTIL, "again", "supervisor1", T0))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(r.history()).extracting(CreditChange::kind)
                .containsExactly(CreditChange.Kind.RECORDED, CreditChange.Kind.REVOKED);
    }

    @Test
    void aCorrectionShortensThePeriodAndKeepsTheEarlierLineInTheHistory() {
        CreditRecord r = bidderBar(null);
        LocalDate shorter = LocalDate.of(2026, 8, 31);
        r.correct(FROM, shorter, "复议决定变更处罚期限", "supervisor1", T0.plusSeconds(60));
        assertThat(r.barsOn(LocalDate.of(2026, 9, 1), Track.CONSTRUCTION)).isFalse();
        assertThat(r.barsOn(shorter, Track.CONSTRUCTION)).isTrue();
        assertThat(r.history()).hasSize(2);
        assertThat(r.history().get(0).until()).isEqualTo(UNTIL);
        assertThat(r.history().get(1).until()).isEqualTo(shorter);
        assertThat(code(() -> r.correct(FROM, shorter, " ", "supervisor1", T0))).isEqualTo("CREDIT_FIELD_REQUIRED");
    }

    @Test
    void anOrganisationIsBarredAtMostThreeYearsAnExpertWithoutLimit() {
        assertThat(code(() -> CreditRecord.record(facts(SubjectKind.BIDDER, "bidder-7", null, true, FROM,
                FROM.plusYears(3)), "trader1", T0))).isEqualTo("CREDIT_BAR_TOO_LONG");
        assertThat(CreditRecord.record(facts(SubjectKind.AGENT, "agent-1", null, true, FROM,
                FROM.plusYears(3).minusDays(1)), "trader1", T0).bars()).isTrue();
        String expert = UUID.randomUUID().toString();
        assertThat(CreditRecord.record(facts(SubjectKind.EXPERT, expert, null, true, FROM, FROM.plusYears(50)),
                "trader1", T0).barsOn(FROM.plusYears(10), Track.CONSTRUCTION)).isTrue();
    }

    @Test
    void badInputIsRefusedWithItsCode() {
        assertThat(code(() -> CreditRecord.record(facts(SubjectKind.BIDDER, "bidder-7", null, true, UNTIL, FROM),
                "trader1", T0))).isEqualTo("CREDIT_PERIOD_INVALID");
        assertThat(code(() -> CreditRecord.record(facts(SubjectKind.BIDDER, "bidder 7", null, true, FROM, UNTIL),
                "trader1", T0))).isEqualTo("CREDIT_SUBJECT_INVALID");
        assertThat(code(() -> CreditRecord.record(facts(SubjectKind.EXPERT, "not-a-pool-id", null, true, FROM, UNTIL),
                "trader1", T0))).isEqualTo("CREDIT_SUBJECT_INVALID");
        assertThat(code(() -> CreditRecord.record(new CreditRecord.Facts(SubjectKind.EXPERT,
                UUID.randomUUID().toString(), "欧阳娜娜", "x", "y", "z", "d", "440300", null, true, FROM, UNTIL), "t",
                T0))).isEqualTo("CREDIT_EXPERT_NAME_NOT_KEPT");
        assertThat(code(() -> CreditRecord.record(new CreditRecord.Facts(SubjectKind.BIDDER, "bidder-7", null, "x",
                " ", "z", "d", "440300", null, true, FROM, UNTIL), "t", T0))).isEqualTo("CREDIT_FIELD_REQUIRED");
        assertThat(code(() -> CreditRecord.record(new CreditRecord.Facts(SubjectKind.BIDDER, "bidder-7", null, "x",
                "y", "z", "d", "44030", null, true, FROM, UNTIL), "t", T0))).isEqualTo("REGION_INVALID");
    }

    @Test
    void theCitationNamesTheRecordAndItsDecision() {
        CreditRecord r = bidderBar(null);
        assertThat(r.citation()).contains(r.id().toString(), "深财购〔2026〕12号", "深圳市财政局", "政府采购法 第七十七条",
                "2026-03-01", "2027-02-28");
    }
}
