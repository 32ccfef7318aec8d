package org.example.gov.trading.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.example.gov.platform.problem.PlatformException;
import org.example.gov.trading.client.BidDocument;
import org.example.gov.trading.tender.LotFacts;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.ProjectId;
import org.junit.jupiter.api.Test;

/** The opening's rules: the window, each bid's result decided once, the end of decryption. */
class OpeningTest {

    static final Instant DEADLINE = Instant.parse("2026-03-23T01:30:00Z");
    static final Instant PASSED = DEADLINE.plusSeconds(1);
    final LotFacts lot = new LotFacts(LotId.newId(), new ProjectId(UUID.randomUUID()), LotStatus.TENDERING, DEADLINE,
            Duration.ofMinutes(30), false, false);

    static BidDocument document(String lot, String bidder) {
        return new BidDocument(lot, bidder, BidDocument.Price.ofSchedule(List.of(new BidDocument.Item("土建",
                new BigDecimal("100.00")))), "a.pdf", new byte[] { 1 });
    }

    static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (PlatformException e) {
            return e.code();
        }
    }

    @Test
    void aFailedLotHasNoWindowAndAnOpenedOneTheLotsConfiguredMinutes() {
        Opening failed = Opening.atDeadline(lot, LotStatus.FAILED, 2, PASSED);
        assertThat(failed.stage()).isEqualTo(OpeningStage.FAILED);
        assertThat(code(() -> failed.checkWindowOpen(PASSED))).isEqualTo("DECRYPTION_WINDOW_CLOSED");

        Opening opened = Opening.atDeadline(lot, LotStatus.OPENING, 3, PASSED);
        assertThat(opened.windowEndsAt()).isEqualTo(PASSED.plus(Duration.ofMinutes(30)));
        opened.checkWindowOpen(opened.windowEndsAt().minusMillis(1));
        assertThat(code(() -> opened.checkWindowOpen(opened.windowEndsAt()))).isEqualTo("DECRYPTION_WINDOW_CLOSED");
    }

    @Test
    void decryptionEndsWhenEveryBidHasAResultOrTheWindowEndsAndThePendingAreRevoked() {
        Opening o = Opening.atDeadline(lot, LotStatus.OPENING, 3, PASSED);
        BidDecryption a = BidDecryption.pending("a", lot.lotId().toString(), "bidder-a");
        BidDecryption b = BidDecryption.pending("b", lot.lotId().toString(), "bidder-b");
        BidDecryption c = BidDecryption.pending("c", lot.lotId().toString(), "bidder-c");
        List<BidDecryption> all = List.of(a, b, c);
        a.decrypted(document(lot.lotId().toString(), "bidder-a"), PASSED.plusSeconds(60));
        b.withdrawnForPlatformFailure("解密服务器故障", "trader1", PASSED.plusSeconds(90));
        assertThat(o.decryptionEnded(all, PASSED.plusSeconds(120))).isFalse();
        assertThatThrownBy(() -> o.publish(all, PASSED.plusSeconds(120))).isInstanceOf(PlatformException.class);

        o.publish(all, o.windowEndsAt());
        assertThat(o.stage()).isEqualTo(OpeningStage.PUBLISHED);
        assertThat(c.result()).isEqualTo(DecryptionResult.REVOKED);
        assertThat(c.reason()).isEqualTo(BidDecryption.NOT_DECRYPTED_IN_WINDOW);
        assertThat(b.result()).isEqualTo(DecryptionResult.WITHDRAWN); // the staff's record stands
        assertThat(a.total()).isEqualByComparingTo("100.00");
    }

    @Test
    void aResultIsDecidedOnceAndAPlatformFailureNeedsItsReason() {
        BidDecryption bid = BidDecryption.pending("a", lot.lotId().toString(), "bidder-a");
        assertThat(code(() -> bid.withdrawnForPlatformFailure(" ", "trader1", PASSED)))
                .isEqualTo("PLATFORM_FAILURE_REASON_REQUIRED");
        bid.revoked("TAG_MISMATCH", "SM4-GCM authentication failed", PASSED);
        assertThat(code(() -> bid.decrypted(document(lot.lotId().toString(), "bidder-a"), PASSED)))
                .isEqualTo("BID_ALREADY_DECIDED");
        assertThat(code(() -> bid.withdrawnForPlatformFailure("x", "trader1", PASSED))).isEqualTo("BID_ALREADY_DECIDED");
        assertThat(bid.expire(PASSED)).isFalse();
        assertThat(bid.reason()).isEqualTo("TAG_MISMATCH");
    }

    @Test
    void anObjectionAtTheOpeningIsAnsweredOnce() {
        OpeningObjection o = OpeningObjection.file("lot", "bidder-a", "解密时间不足", PASSED);
        assertThat(code(() -> o.answer(" ", "tenderee1", PASSED))).isEqualTo("OBJECTION_ANSWER_REQUIRED");
        o.answer("符合规定", "tenderee1", PASSED);
        assertThat(code(() -> o.answer("再答", "tenderee1", PASSED))).isEqualTo("OBJECTION_ALREADY_ANSWERED");
        assertThat(code(() -> OpeningObjection.file("lot", "bidder-a", "", PASSED))).isEqualTo("OBJECTION_TEXT_REQUIRED");
    }
}
