package org.example.gov.trading.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.example.gov.platform.scope.Department;
import org.example.gov.platform.scope.RegionCode;
import org.junit.jupiter.api.Test;

/** The draw's never-drawn rules, its failure when the pool is short, its replay and its uniformity; no Spring, no DB. */
class CommitteeDrawTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 23);
    static final Instant NOW = Instant.parse("2026-03-23T02:00:00Z");
    static final Department SZ_HOUSING = new Department(RegionCode.of("440300"), "住房和城乡建设局");
    static final LotParties PARTIES = new LotParties("tenderee1", Set.of("bidder1", "bidder2", "bidder3"),
            Set.of(SZ_HOUSING));
    static final SecureRandom RANDOM = new SecureRandom();

    static Candidate plain(int n) {
        return new Candidate(id(n), "org-" + n, Set.of(), Set.of(), null, List.of());
    }

    static ExpertId id(int n) {
        return new ExpertId(new UUID(0, n));
    }

    static List<Candidate> pool(int size) {
        List<Candidate> pool = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            pool.add(plain(i));
        }
        return pool;
    }

    static byte[] seed() {
        byte[] s = new byte[32];
        RANDOM.nextBytes(s);
        return s;
    }

    static DrawRecord draw(List<Candidate> pool, int seats, byte[] seed) {
        return CommitteeDraw.draw(pool, PARTIES, TODAY, Set.of(), seats, seed, "A01", "440300", null, "trader1", NOW);
    }

    @Test
    void anExpertHoldingSharesInABidderIsNeverDrawnOverTenThousandDraws() {
        List<Candidate> pool = pool(11);
        Candidate shareholder = new Candidate(id(99), "org-99", Set.of("some-fund", "bidder2"), Set.of(), null, List.of());
        pool.add(shareholder);
        for (int i = 0; i < 10_000; i++) {
            DrawRecord d = draw(pool, 5, seed());
            assertThat(d.drawn()).doesNotContain(shareholder.id()).hasSize(5).doesNotHaveDuplicates();
            assertThat(d.exclusions()).containsExactly(new Exclusion(shareholder.id(), ExclusionReason.SHAREHOLDER_OF_PARTY));
        }
    }

    @Test
    void holdingSharesInTheTendereeExcludesToo() {
        Candidate c = new Candidate(id(1), "org-1", Set.of("tenderee1"), Set.of(), null, List.of());
        assertThat(c.conflict(PARTIES, TODAY)).contains(ExclusionReason.SHAREHOLDER_OF_PARTY);
    }

    @Test
    void anExpertEmployedByTheTendereeOrABidderIsExcluded() {
        assertThat(new Candidate(id(1), "tenderee1", Set.of(), Set.of(), null, List.of()).conflict(PARTIES, TODAY))
                .contains(ExclusionReason.EMPLOYED_BY_PARTY);
        assertThat(new Candidate(id(2), "bidder3", Set.of(), Set.of(), null, List.of()).conflict(PARTIES, TODAY))
                .contains(ExclusionReason.EMPLOYED_BY_PARTY);
        assertThat(new Candidate(id(3), "another-firm", Set.of(), Set.of(), null, List.of()).conflict(PARTIES, TODAY))
                .isEmpty();
    }

    @Test
    void aCloseRelativeOfABiddersPrincipalIsExcluded() {
        assertThat(new Candidate(id(1), "org-1", Set.of(), Set.of("bidder1"), null, List.of()).conflict(PARTIES, TODAY))
                .contains(ExclusionReason.RELATIVE_OF_PARTY_PRINCIPAL);
        assertThat(new Candidate(id(2), "org-2", Set.of(), Set.of("not-bidding"), null, List.of()).conflict(PARTIES, TODAY))
                .isEmpty();
    }

    @Test
    void staffOfTheSupervisingDepartmentIsExcludedButNotTheSameNameInAnotherCity() {
        assertThat(new Candidate(id(1), "org-1", Set.of(), Set.of(), SZ_HOUSING, List.of()).conflict(PARTIES, TODAY))
                .contains(ExclusionReason.SUPERVISING_DEPARTMENT_STAFF);
        Department guangzhouHousing = new Department(RegionCode.of("440100"), "住房和城乡建设局");
        assertThat(new Candidate(id(2), "org-2", Set.of(), Set.of(), guangzhouHousing, List.of()).conflict(PARTIES, TODAY))
                .isEmpty();
    }

    @Test
    void supervisingDepartmentsAreTheTracksDepartmentsOfTheProjectsRegionAndAbove() {
        Set<Department> d = SupervisingDepartments.DEFAULT.of(org.example.gov.trading.tender.Track.GOVERNMENT_PROCUREMENT,
                "440304");
        assertThat(d).contains(new Department(RegionCode.of("440304"), "财政局"),
                new Department(RegionCode.of("440300"), "财政局"), new Department(RegionCode.of("440000"), "财政厅"))
                .noneMatch(x -> x.region().value().equals("440100"));
    }

    @Test
    void anExpertUnderAPenaltyOnTheDrawDateIsExcludedAndFreeTheDayAfterItEnds() {
        Penalty penalty = new Penalty(TODAY.minusMonths(6), TODAY, "评标中不客观公正", "实施条例 第71条");
        Candidate c = new Candidate(id(1), "org-1", Set.of(), Set.of(), null, List.of(penalty));
        assertThat(c.conflict(PARTIES, TODAY)).contains(ExclusionReason.PENALISED);
        assertThat(c.conflict(PARTIES, TODAY.plusDays(1))).isEmpty();
        assertThat(c.conflict(PARTIES, TODAY.minusMonths(6).minusDays(1))).isEmpty();
    }

    @Test
    void aPoolOneExpertShortFailsNamingEligibleAndNeeded() {
        List<Candidate> pool = pool(6);
        pool.add(new Candidate(id(50), "bidder1", Set.of(), Set.of(), null, List.of()));
        assertThatThrownBy(() -> draw(pool, 7, seed())).isInstanceOfSatisfying(PoolTooSmallException.class, e -> {
            assertThat(e.code()).isEqualTo("COMMITTEE_POOL_TOO_SMALL");
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.properties()).containsEntry("eligible", 6).containsEntry("needed", 7).containsEntry("poolSize", 7);
        });
        assertThat(draw(pool, 6, seed()).drawn()).hasSize(6);
    }

    @Test
    void aReplacementNeverDrawsAnExpertWhoHeldASeat() {
        List<Candidate> pool = pool(6);
        Set<ExpertId> seated = Set.of(id(1), id(2), id(3), id(4), id(5));
        for (int i = 0; i < 200; i++) {
            DrawRecord d = CommitteeDraw.draw(pool, PARTIES, TODAY, seated, 1, seed(), "A01", "440300", 3, "t", NOW);
            assertThat(d.drawn()).containsExactly(id(6));
        }
        assertThatThrownBy(() -> CommitteeDraw.draw(pool(5), PARTIES, TODAY, seated, 1, seed(), "A01", "440300", 3, "t",
                NOW)).isInstanceOf(PoolTooSmallException.class);
    }

    @Test
    void replayingARecordedDrawGivesTheSameCommittee() {
        List<Candidate> pool = pool(40);
        pool.add(new Candidate(id(77), "bidder2", Set.of(), Set.of(), null, List.of()));
        DrawRecord d = draw(pool, 7, seed());
        assertThat(CommitteeDraw.replay(d)).containsExactlyElementsOf(d.drawn());
        assertThat(d.pool()).hasSize(41).isSorted();
        assertThat(d.poolHash()).isEqualTo(CommitteeDraw.poolHash(d.pool()));
        // the record alone decides: another seed gives (almost surely) another committee
        DrawRecord other = new DrawRecord(d.id(), d.specialty(), d.region(), d.drawDate(), d.seat(), d.pool(),
                d.poolHash(), d.exclusions(), d.seats(), java.util.HexFormat.of().formatHex(seed()), d.drawn(),
                d.drawnBy(), d.drawnAt());
        assertThat(CommitteeDraw.replay(other)).isNotEqualTo(d.drawn());
    }

    @Test
    void aRecordWhosePoolWasAlteredFailsItsReplay() {
        DrawRecord d = draw(pool(10), 5, seed());
        List<ExpertId> altered = new ArrayList<>(d.pool());
        altered.set(0, id(1234));
        DrawRecord tampered = new DrawRecord(d.id(), d.specialty(), d.region(), d.drawDate(), d.seat(), altered,
                d.poolHash(), d.exclusions(), d.seats(), d.seed(), d.drawn(), d.drawnBy(), d.drawnAt());
        assertThatThrownBy(() -> CommitteeDraw.replay(tampered)).isInstanceOf(IllegalStateException.class);
    }

    /**
     * 20,000 draws of 5 from 20 experts through the replay path with fixed seeds (SM3 of a counter): every expert is
     * expected 5,000 times; the chi-square statistic over 19 degrees of freedom stays below 43.82 (p = 0.001). The
     * seeds are fixed, so the outcome is the same on every run.
     */
    @Test
    void everyEligibleExpertIsEquallyLikelyToBeDrawn() {
        List<Candidate> pool = pool(20);
        Map<ExpertId, Integer> counts = new HashMap<>();
        Map<Integer, Integer> firstSeat = new HashMap<>();
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            DrawRecord d = draw(pool, 5, fixedSeed(i));
            List<ExpertId> replayed = CommitteeDraw.replay(d);
            replayed.forEach(e -> counts.merge(e, 1, Integer::sum));
            firstSeat.merge((int) replayed.getFirst().value().getLeastSignificantBits(), 1, Integer::sum);
        }
        assertThat(counts).hasSize(20);
        double expected = draws * 5 / 20.0;
        double chiSquare = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
        assertThat(chiSquare).isLessThan(43.82);
        double expectedFirst = draws / 20.0;
        double chiFirst = firstSeat.values().stream()
                .mapToDouble(c -> (c - expectedFirst) * (c - expectedFirst) / expectedFirst).sum();
        assertThat(firstSeat).hasSize(20);
        assertThat(chiFirst).isLessThan(43.82);
    }

    @Test
    void drawRandomIsUnbiasedForBoundsThatDoNotDivideTwoToThe32() {
        DrawRandom r = new DrawRandom(fixedSeed(1));
        int[] counts = new int[3];
        for (int i = 0; i < 30_000; i++) {
            counts[r.below(3)]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(9_500, 10_500);
        }
    }

    static byte[] fixedSeed(int i) {
        SM3Digest sm3 = new SM3Digest();
        byte[] in = ("uniformity-" + i).getBytes(StandardCharsets.US_ASCII);
        sm3.update(in, 0, in.length);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        return out;
    }

    @Test
    void withoutTheOpeningsBidderListNoDrawHappens() {
        assertThatThrownBy(() -> new LotBidders.Unwired().bidders(org.example.gov.trading.tender.LotId.newId()))
                .isInstanceOfSatisfying(org.example.gov.platform.problem.BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("LOT_BIDDERS_UNAVAILABLE"));
    }
}
