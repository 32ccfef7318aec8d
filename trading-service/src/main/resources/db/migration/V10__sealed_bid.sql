-- Sealed bids before their lot's deadline (DOMAIN.md §7: nobody may learn a bid's content, price, bidder, or how many
-- bids a lot has). A row names neither lot nor bidder in clear and has no column to group a lot's rows by:
-- entry_tag = HMAC-SM3("bid|lot|bidder") under the platform's blind-index key (one current bid per bidder and lot: a
-- replacement overwrites it, a withdrawal deletes it), sealed = SM4-GCM (personal-data key) of lot, bidder and the
-- receipt. The envelope is the bidder's ciphertext: only the bidder's key opens it. No time column: the time is inside
-- the seal. A reader of this table learns only how many bids all lots of the platform hold together.
CREATE TABLE sealed_bid (
    entry_tag  CHAR(64)      NOT NULL,
    bid_id     CHAR(36)      NOT NULL,
    sealed     VARCHAR(2048) NOT NULL,
    envelope   LONGTEXT      NOT NULL,
    PRIMARY KEY (entry_tag),
    UNIQUE KEY uq_sealed_bid_id (bid_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lot's bids once its deadline has passed (counts and bidders are no longer secret: the opening record publishes
-- them). The deadline job moves a lot's rows here from sealed_bid in the transaction that counts them.
CREATE TABLE unsealed_bid (
    bid_id          CHAR(36)      NOT NULL,
    lot_id          CHAR(36)      NOT NULL,
    bidder          VARCHAR(64)   NOT NULL,
    received_at     TIMESTAMP(3)  NOT NULL,
    ciphertext_sm3  CHAR(64)      NOT NULL,
    key_id          VARCHAR(64)   NOT NULL,
    signature       VARCHAR(200)  NOT NULL,
    envelope        LONGTEXT      NOT NULL,
    PRIMARY KEY (bid_id),
    UNIQUE KEY uq_unsealed_bid_lot_bidder (lot_id, bidder)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The platform's receipt signing key (SM2) when none is configured (local runs, tests): generated on first start and
-- kept here rather than under .local so every replica and every restart signs with the same key and old receipts stay
-- verifiable; the private key is sealed under the personal-data key, which comes from configuration, never from this
-- database, so a database reader cannot forge receipts. In production the key is configured
-- (platform.trading.bid.receipt-key.*) and this table stays empty.
CREATE TABLE receipt_key (
    key_id       VARCHAR(64)   NOT NULL,
    private_key  VARCHAR(1024) NOT NULL,
    public_key   VARCHAR(1024) NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
