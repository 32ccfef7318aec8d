-- Bid deposits paid by transfer (投标保证金, issue 14), sealed like bid_guarantee (V20): a deposit links a bidder to a lot
-- before the bid deadline, and its paying account is a collusion signal. sealed = SM4-GCM of the whole payment (lot,
-- bidder, amount, paying account, dates, refund, interest). holder_tag = HMAC-SM3(lot|bidder): a bidder finds its own.
-- refund_due is set only once the award / contract fixes it (after the deadline, no longer secret): the overdue list is
-- a query on it. No lot column and no payment time: nothing groups or counts one lot's deposits.
CREATE TABLE bid_deposit (
    id           CHAR(36)    NOT NULL,
    holder_tag   CHAR(64)    NOT NULL,
    status       VARCHAR(20) NOT NULL,
    refund_due   DATE        NULL,
    sealed       TEXT        NOT NULL,
    row_version  BIGINT      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_bid_deposit_holder (holder_tag),
    KEY ix_bid_deposit_due (status, refund_due)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
