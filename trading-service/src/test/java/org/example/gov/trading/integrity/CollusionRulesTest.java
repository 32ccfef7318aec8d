package org.example.gov.trading.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each collusion rule on its own, with the case just short of it that must not warn. */
class CollusionRulesTest {

    static final CollusionRules RULES = new CollusionRules(CollusionThresholds.DEFAULT);

    /** A bid with nothing shared; copy it with the one signal a test is about. */
    static Bid bid(int n) {
        return new Bid("b000000" + n, "bidder-" + n, "10.0.0." + n, null, "10.1.0." + n, null, "hash" + n, null,
                Set.of(), null);
    }

    record Bid(String id, String bidder, String subAddr, String subFp, String decAddr, String decFp, String hash,
            String author, Set<String> accounts, String total) {
        Bid subAddr(String a) { return new Bid(id, bidder, a, subFp, decAddr, decFp, hash, author, accounts, total); }
        Bid decAddr(String a) { return new Bid(id, bidder, subAddr, subFp, a, decFp, hash, author, accounts, total); }
        Bid subFp(String f) { return new Bid(id, bidder, subAddr, f, decAddr, decFp, hash, author, accounts, total); }
        Bid decFp(String f) { return new Bid(id, bidder, subAddr, subFp, decAddr, f, hash, author, accounts, total); }
        Bid hash(String h) { return new Bid(id, bidder, subAddr, subFp, decAddr, decFp, h, author, accounts, total); }
        Bid author(String a) { return new Bid(id, bidder, subAddr, subFp, decAddr, decFp, hash, a, accounts, total); }
        Bid accounts(String... a) { return new Bid(id, bidder, subAddr, subFp, decAddr, decFp, hash, author, Set.of(a), total); }
        Bid total(String t) { return new Bid(id, bidder, subAddr, subFp, decAddr, decFp, hash, author, accounts, t); }

        BidEvidence evidence() {
            return new BidEvidence(id, bidder, subAddr, subFp, decAddr, decFp, hash, author, accounts,
                    total == null ? null : new BigDecimal(total));
        }
    }

    static List<CollusionWarning> analyse(Bid... bids) {
        return RULES.analyse(java.util.Arrays.stream(bids).map(Bid::evidence).toList());
    }

    @Test
    void twoBidsFromOneClientAddressAreFlaggedWithThatAddressAsEvidence() {
        List<CollusionWarning> w = analyse(bid(1).subAddr("203.0.113.7"), bid(2).subAddr("203.0.113.7"), bid(3));
        assertThat(w).containsExactly(new CollusionWarning(SignalKind.SHARED_SUBMISSION_ADDRESS,
                List.of("b0000001", "b0000002"), List.of("bidder-1", "bidder-2"), "203.0.113.7"));
    }

    @Test
    void bidsFromDifferentAddressesAreNotFlagged() {
        assertThat(analyse(bid(1), bid(2), bid(3))).isEmpty();
    }

    @Test
    void aSharedDecryptionAddressIsItsOwnSignal() {
        assertThat(analyse(bid(1).decAddr("198.51.100.4"), bid(2).decAddr("198.51.100.4"), bid(3)))
                .extracting(CollusionWarning::kind, CollusionWarning::bidIds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SignalKind.SHARED_DECRYPTION_ADDRESS,
                        List.of("b0000001", "b0000002")));
    }

    @Test
    void oneMachineFingerprintAtTheSubmissionOfOneBidAndTheDecryptionOfAnotherIsOneMachine() {
        List<CollusionWarning> w = analyse(bid(1).subFp("sm3:aaaa1111"), bid(2).decFp("sm3:aaaa1111"), bid(3).subFp("sm3:bbbb2222"));
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(SignalKind.SHARED_MACHINE_FINGERPRINT);
            assertThat(x.bidIds()).containsExactly("b0000001", "b0000002");
            assertThat(x.evidence()).isEqualTo("sm3:aaaa1111");
        });
    }

    @Test
    void identicalDocumentsAreFlaggedWhateverTheCaseOfTheirHash() {
        assertThat(analyse(bid(1).hash("ABCDEF"), bid(2).hash("abcdef"), bid(3)))
                .extracting(CollusionWarning::kind).containsExactly(SignalKind.IDENTICAL_DOCUMENT);
    }

    @Test
    void aSharedAuthorIsFlaggedButAnOfficeSuitesDefaultAuthorIsNot() {
        assertThat(analyse(bid(1).author("张 三"), bid(2).author(" 张  三 "), bid(3).author("李四")))
                .singleElement().satisfies(x -> {
                    assertThat(x.kind()).isEqualTo(SignalKind.SHARED_DOCUMENT_AUTHOR);
                    assertThat(x.evidence()).isEqualTo("张 三");
                });
        assertThat(analyse(bid(1).author("Administrator"), bid(2).author("administrator"), bid(3).author("微软用户"),
                bid(4).author("微软用户"))).isEmpty();
    }

    @Test
    void depositsFromOneAccountAreFlaggedHoweverTheAccountIsWritten() {
        List<CollusionWarning> w = analyse(bid(1).accounts("6222 0202 0000 1234"), bid(2).accounts("6222-0202-0000-1234"),
                bid(3).accounts("6222020200005678"));
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(SignalKind.SHARED_DEPOSIT_ACCOUNT);
            assertThat(x.bidIds()).containsExactly("b0000001", "b0000002");
        });
    }

    @Test
    void bidsSharingSeveralValuesOfOneKindMakeOneWarningListingThem() {
        assertThat(analyse(bid(1).accounts("A1", "A2"), bid(2).accounts("A1", "A2"), bid(3)))
                .singleElement().extracting(CollusionWarning::evidence).isEqualTo("A1, A2");
    }

    @Test
    void ignoredAddressesAreNeverShared() {
        CollusionRules rules = new CollusionRules(new CollusionThresholds(3, BigDecimal.ZERO, new BigDecimal("0.000001"),
                Set.of("203.0.113.1"), Set.of()));
        assertThat(rules.analyse(List.of(bid(1).subAddr("203.0.113.1").evidence(), bid(2).subAddr("203.0.113.1").evidence())))
                .isEmpty();
    }

    @Test
    void threePricesInAConstantStepAreFlaggedEvenWithAnHonestBidBetweenThem() {
        List<CollusionWarning> w = analyse(bid(1).total("1000000.00"), bid(2).total("980000.00"),
                bid(3).total("971234.56"), bid(4).total("960000.00"));
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(SignalKind.REGULAR_PRICE_STEP);
            assertThat(x.bidIds()).containsExactly("b0000001", "b0000002", "b0000004");
            assertThat(x.evidence()).isEqualTo("prices 960000.00, 980000.00, 1000000.00 rise by a constant step of 20000.00");
        });
    }

    @Test
    void aLongerStepSequenceIsOneWarningNotOnePerTriple() {
        assertThat(analyse(bid(1).total("100.00"), bid(2).total("200.00"), bid(3).total("300.00"), bid(4).total("400.00")))
                .singleElement().satisfies(x -> assertThat(x.bidIds()).hasSize(4));
    }

    @Test
    void twoPricesOrIrregularPricesAreNotASequence() {
        assertThat(analyse(bid(1).total("1000000.00"), bid(2).total("980000.00"))).isEmpty();
        assertThat(analyse(bid(1).total("1000000.00"), bid(2).total("980000.00"), bid(3).total("960000.01"))).isEmpty();
    }

    @Test
    void theStepToleranceIsConfigurable() {
        CollusionRules lenient = new CollusionRules(new CollusionThresholds(3, new BigDecimal("1.00"),
                new BigDecimal("0.000001"), Set.of(), Set.of()));
        assertThat(lenient.analyse(List.of(bid(1).total("1000000.00").evidence(), bid(2).total("980000.00").evidence(),
                bid(3).total("960000.01").evidence()))).extracting(CollusionWarning::kind)
                .containsExactly(SignalKind.REGULAR_PRICE_STEP);
    }

    @Test
    void pricesInAConstantRatioAreFlagged() {
        // each 98% of the one above, rounded to fen as a bidder would write it
        List<CollusionWarning> w = analyse(bid(1).total("1000000.00"), bid(2).total("980000.00"),
                bid(3).total("960400.00"), bid(4).total("941192.00"));
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(SignalKind.CONSTANT_PRICE_RATIO);
            assertThat(x.bidIds()).hasSize(4);
            assertThat(x.evidence()).contains("constant ratio of 1.02");
        });
    }

    @Test
    void aMinimumSequenceOfFourLeavesATripleUnflagged() {
        CollusionRules four = new CollusionRules(new CollusionThresholds(4, BigDecimal.ZERO, new BigDecimal("0.000001"),
                Set.of(), Set.of()));
        assertThat(four.analyse(List.of(bid(1).total("300.00").evidence(), bid(2).total("200.00").evidence(),
                bid(3).total("100.00").evidence()))).isEmpty();
        assertThatThrownBy(() -> new CollusionThresholds(2, BigDecimal.ZERO, BigDecimal.ZERO, Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revokedBidsWithoutAPriceStillShareOriginsButTakeNoPartInPriceRules() {
        List<CollusionWarning> w = analyse(bid(1).subAddr("203.0.113.9").total("300.00"), bid(2).subAddr("203.0.113.9"),
                bid(3).total("200.00"), bid(4).total("100.00"));
        assertThat(w).extracting(CollusionWarning::kind).containsExactly(SignalKind.SHARED_SUBMISSION_ADDRESS,
                SignalKind.REGULAR_PRICE_STEP);
    }

    @Test
    void theSameBidsInAnotherOrderGiveTheSameWarnings() {
        List<Bid> bids = new ArrayList<>(List.of(bid(1).subAddr("x1").total("100.00"), bid(2).subAddr("x1").total("200.00"),
                bid(3).total("300.00"), bid(4).hash("h").total("123.45"), bid(5).hash("h")));
        List<CollusionWarning> first = analyse(bids.toArray(Bid[]::new));
        java.util.Collections.reverse(bids);
        assertThat(analyse(bids.toArray(Bid[]::new))).isEqualTo(first).hasSize(3);
    }
}
