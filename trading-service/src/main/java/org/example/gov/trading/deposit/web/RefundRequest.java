package org.example.gov.trading.deposit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The day the refund transfer went out. */
public record RefundRequest(@NotNull LocalDate refundedOn) {
}
