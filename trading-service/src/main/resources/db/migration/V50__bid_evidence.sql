-- Collusion evidence (围标串标预警, integrity/), kept per bid at the moment it arises: SUBMISSION when a bid is accepted
-- (client address, machine fingerprint), DECRYPTION when its bidder decrypts it at the opening (client address,
-- fingerprint, and for an opened bid the document's SM3 and the author its metadata names). sealed = SM4-GCM
-- (personal-data key) of the lot, bidder and those values. Like sealed_bid (V10) nothing here is per lot in clear: a
-- reader of the table sees random bid ids — already in sealed_bid — and cannot tell a lot's rows, or count them.
-- A replaced bid's row stays under its old bid id and is never read again (no lot bid refers to it).
CREATE TABLE bid_evidence (
    bid_id  CHAR(36)    NOT NULL,
    stage   VARCHAR(16) NOT NULL,
    sealed  TEXT        NOT NULL,
    PRIMARY KEY (bid_id, stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
