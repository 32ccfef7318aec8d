-- Electronic bid guarantees (电子投标保函, issue 14), sealed like document_download (V2): a guarantee links a bidder to a
-- lot, as secret as a bid until the bid deadline. sealed = SM4-GCM of the whole guarantee (number, lot, bidder, amount,
-- validity, document hash, history) under the personal-data key. In clear only what names no lot: the platform id, the
-- guarantor (which knows its own guarantees), the stage, and two HMAC-SM3 blind tags: number_tag (guarantor|number,
-- unique: a repeated push finds its guarantee) and holder_tag (lot|bidder: a bidder finds its own). No lot column and no
-- time column: a reader of this table cannot group or count one lot's guarantees.
CREATE TABLE bid_guarantee (
    id           CHAR(36)    NOT NULL,
    guarantor    VARCHAR(64) NOT NULL,
    number_tag   CHAR(64)    NOT NULL,
    holder_tag   CHAR(64)    NOT NULL,
    status       VARCHAR(16) NOT NULL,
    sealed       TEXT        NOT NULL,
    row_version  BIGINT      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_bid_guarantee_number (number_tag),
    KEY ix_bid_guarantee_holder (holder_tag),
    KEY ix_bid_guarantee_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
