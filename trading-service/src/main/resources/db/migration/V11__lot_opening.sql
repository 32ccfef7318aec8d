-- The online opening (开标) of a lot: one row per lot, inserted by the deadline job in the transaction that claims the
-- lot (its primary key is the last guard of exactly-once), then DECRYPTING until the window ends or every bid has a
-- result, then PUBLISHED. A lot with too few bids gets a FAILED row and no window.
CREATE TABLE lot_opening (
    lot_id              CHAR(36)      NOT NULL,
    project_id          CHAR(36)      NOT NULL,
    stage               VARCHAR(16)   NOT NULL,
    bid_count           INT           NOT NULL,
    deadline            TIMESTAMP(6)  NOT NULL,
    deadline_passed_at  TIMESTAMP(6)  NOT NULL,
    window_ends_at      TIMESTAMP(6)  NULL,
    published_at        TIMESTAMP(6)  NULL,
    PRIMARY KEY (lot_id),
    KEY ix_lot_opening_window (stage, window_ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each bid's decryption result at the opening: DECRYPTED with its prices, REVOKED (撤销, the bidder's failure) or
-- WITHDRAWN (撤回, a failure on the platform's side recorded by staff) with the reason; PENDING until then.
CREATE TABLE bid_decryption (
    bid_id        CHAR(36)       NOT NULL,
    lot_id        CHAR(36)       NOT NULL,
    bidder        VARCHAR(64)    NOT NULL,
    result        VARCHAR(16)    NOT NULL,
    reason        VARCHAR(64)    NULL,
    reason_text   VARCHAR(500)   NULL,
    recorded_by   VARCHAR(64)    NULL,
    total         DECIMAL(18, 2) NULL,
    schedule      TEXT           NULL,
    decided_at    TIMESTAMP(6)   NULL,
    PRIMARY KEY (bid_id),
    KEY ix_bid_decryption_lot (lot_id, result)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Objections at the opening (开标异议, 招标投标法实施条例 第四十四条): filed by a bidder during the opening, answered on
-- the spot by the tenderee or its agent; both go into the opening record.
CREATE TABLE opening_objection (
    id           CHAR(36)      NOT NULL,
    lot_id       CHAR(36)      NOT NULL,
    bidder       VARCHAR(64)   NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    filed_at     TIMESTAMP(6)  NOT NULL,
    answer       VARCHAR(2000) NULL,
    answered_by  VARCHAR(64)   NULL,
    answered_at  TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_opening_objection_lot (lot_id, filed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
