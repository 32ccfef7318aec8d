package org.example.gov.trading.bid.web;

/** The caller's current bid on a lot: its id and receipt (never its content: the platform cannot read it). */
public record MyBidResponse(String bidId, ReceiptResponse receipt) {
}
