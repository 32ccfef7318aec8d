package org.example.gov.trading.deposit.web;

import java.time.LocalDate;

import org.example.gov.trading.deposit.DepositPayment;

/**
 * A deposit as staff and its bidder see it. The paying account is masked to its last four digits: enough to match a
 * bank statement line, not a full account number in every answer.
 */
public record DepositResponse(String id, String lotId, String bidder, String amount, String payingAccount,
        LocalDate paidOn, String status, Boolean successful, LocalDate refundDue, LocalDate refundedOn,
        String interest) {

    static DepositResponse of(DepositPayment d) {
        return new DepositResponse(d.id().toString(), d.lotId().toString(), d.bidder(), d.amount().amount().toPlainString(),
                mask(d.payingAccount()), d.paidOn(), d.status().name(), d.successful(), d.refundDue(), d.refundedOn(),
                d.interest() == null ? null : d.interest().amount().toPlainString());
    }

    static String mask(String account) {
        String digits = account.replaceAll("\\s", "");
        return digits.length() <= 4 ? "****" : "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }
}
