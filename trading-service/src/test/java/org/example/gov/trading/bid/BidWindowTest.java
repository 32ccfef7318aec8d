package org.example.gov.trading.bid;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.example.gov.platform.problem.PlatformException;
import org.example.gov.trading.tender.LotFacts;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.ProjectId;
import org.junit.jupiter.api.Test;

class BidWindowTest {

    static final Instant DEADLINE = Instant.parse("2026-03-23T01:30:00Z");

    static LotFacts lot(LotStatus status, boolean suspended) {
        return new LotFacts(LotId.newId(), new ProjectId(UUID.randomUUID()), status, DEADLINE, Duration.ofMinutes(30),
                suspended, suspended);
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
    void aBidIsOnTimeUpToTheLastMillisecondBeforeTheDeadline() {
        assertThatCode(() -> BidWindow.check(lot(LotStatus.TENDERING, false), DEADLINE.minusMillis(1)))
                .doesNotThrowAnyException();
    }

    @Test
    void atOrAfterTheDeadlineItIsLate() {
        org.assertj.core.api.Assertions.assertThat(code(() -> BidWindow.check(lot(LotStatus.TENDERING, false), DEADLINE)))
                .isEqualTo("BID_LATE");
        org.assertj.core.api.Assertions.assertThat(
                code(() -> BidWindow.check(lot(LotStatus.TENDERING, false), DEADLINE.plusSeconds(1)))).isEqualTo("BID_LATE");
    }

    @Test
    void onceTheDeadlineJobCountedTheLotItIsLateWhateverTheClockSays() {
        org.assertj.core.api.Assertions.assertThat(
                code(() -> BidWindow.check(lot(LotStatus.OPENING, false), DEADLINE.minusSeconds(1)))).isEqualTo("BID_LATE");
    }

    @Test
    void aSuspendedTenderTakesNoBidsAndADraftLotDoesNotExistForBidders() {
        org.assertj.core.api.Assertions.assertThat(
                code(() -> BidWindow.check(lot(LotStatus.TENDERING, true), DEADLINE.minusSeconds(60))))
                .isEqualTo("TENDER_SUSPENDED");
        org.assertj.core.api.Assertions.assertThat(
                code(() -> BidWindow.check(lot(LotStatus.DRAFT, false), DEADLINE.minusSeconds(60))))
                .isEqualTo("LOT_NOT_FOUND");
        org.assertj.core.api.Assertions.assertThat(
                code(() -> BidWindow.check(lot(LotStatus.CANCELLED, false), DEADLINE.minusSeconds(60))))
                .isEqualTo("LOT_NOT_TENDERING");
    }
}
