package org.example.gov.trading.deposit;

/**
 * A deposit's life: PAID when the transfer is recorded, REFUND_SCHEDULED once the award / contract fixes its due date,
 * REFUNDED (terminal) with the interest a late refund owes.
 */
public enum DepositStatus {
    PAID, REFUND_SCHEDULED, REFUNDED
}
