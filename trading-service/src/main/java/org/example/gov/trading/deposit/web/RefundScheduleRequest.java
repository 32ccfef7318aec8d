package org.example.gov.trading.deposit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What fixes the refund dates: the successful bidder, the day the award notice was issued and, once signed, the day of
 * the contract (null until then: construction deposits and the successful supplier's wait for it).
 */
public record RefundScheduleRequest(@NotBlank @Size(max = 64) String successfulBidder,
        @NotNull LocalDate awardNoticeOn, LocalDate contractSignedOn) {
}
