package org.example.gov.trading.deposit;

import java.time.LocalDate;

/**
 * What the deposit aggregate reports, on {@value #TOPIC} (key = deposit id). Only the refund is published: it happens
 * after the award, so naming the lot and the bidder is no longer secret; the paying account never leaves the sealed
 * row (it is a collusion signal for the evaluation, not something to broadcast).
 */
public sealed interface DepositEvent {

    String TOPIC = "gov.trading.events";

    String type();

    String depositId();

    record DepositRefunded(String depositId, String lotId, String bidder, String amount, LocalDate refundDue,
            LocalDate refundedOn, long daysLate, String interest) implements DepositEvent {
        public String type() {
            return "gov.trading.deposit-refunded.v1";
        }
    }
}
