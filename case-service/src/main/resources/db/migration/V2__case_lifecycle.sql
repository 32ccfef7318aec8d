-- The whole 办件 lifecycle (DOMAIN.md §4): pre-review, receipt, the promised clock with its pauses and extension,
-- decision, delivery; where a case came from (window clerk, partner city, bundle). Columns that queries filter or
-- aggregate on are columns; the rest of the record (supplement notices, special procedures, reasons) is one JSON
-- document read and written with the case.
ALTER TABLE case_file
    ADD COLUMN legal_days          INT          NOT NULL DEFAULT 0 AFTER promised_days,
    ADD COLUMN extension_allowed   BOOLEAN      NOT NULL DEFAULT FALSE AFTER legal_days,
    ADD COLUMN extension_max_days  INT          NULL AFTER extension_allowed,
    ADD COLUMN public_result       BOOLEAN      NOT NULL DEFAULT FALSE AFTER extension_max_days,
    ADD COLUMN submitted_by        VARCHAR(64)  NULL AFTER channel,
    ADD COLUMN partner_id          VARCHAR(64)  NULL AFTER submitted_by,
    ADD COLUMN partner_reference   VARCHAR(100) NULL AFTER partner_id,
    ADD COLUMN bundle_id           CHAR(36)     NULL AFTER partner_reference,
    ADD COLUMN resume_status       VARCHAR(24)  NULL AFTER status,
    ADD COLUMN pre_review_due      DATE         NULL AFTER submitted_at,
    ADD COLUMN received_on         DATE         NULL AFTER pre_review_due,
    ADD COLUMN accepted_on         DATE         NULL AFTER accepted_at,
    ADD COLUMN due_date            DATE         NULL AFTER accepted_on,
    ADD COLUMN clock_days          INT          NULL AFTER due_date,
    ADD COLUMN instant             BOOLEAN      NOT NULL DEFAULT FALSE AFTER clock_days,
    ADD COLUMN paused_since        DATE         NULL AFTER instant,
    ADD COLUMN paused_working_days INT          NOT NULL DEFAULT 0 AFTER paused_since,
    ADD COLUMN extended_days       INT          NOT NULL DEFAULT 0 AFTER paused_working_days,
    ADD COLUMN decision            VARCHAR(16)  NULL AFTER extended_days,
    ADD COLUMN decided_at          TIMESTAMP(6) NULL AFTER decision,
    ADD COLUMN delivery_method     VARCHAR(16)  NULL AFTER decided_at,
    ADD COLUMN delivered_at        TIMESTAMP(6) NULL AFTER delivery_method,
    ADD COLUMN details             LONGTEXT     NOT NULL DEFAULT '{}' AFTER closed_at,
    ADD KEY ix_case_due (status, due_date),
    ADD KEY ix_case_department (department, status, due_date),
    ADD KEY ix_case_region_submitted (region, submitted_at),
    ADD KEY ix_case_partner (partner_id, submitted_at),
    ADD KEY ix_case_bundle (bundle_id),
    ADD KEY ix_case_item (item_code, status);

UPDATE case_file SET status = 'PRE_REVIEW', pre_review_due = DATE(submitted_at) WHERE status = 'SUBMITTED';

ALTER TABLE case_history
    ADD COLUMN location     VARCHAR(200) NULL AFTER actor_role,
    ADD COLUMN on_behalf_of VARCHAR(64)  NULL AFTER location;

-- the last official calendar years fetched from item-catalog-service (see CalendarReplica)
CREATE TABLE calendar_copy (
    year       INT          NOT NULL,
    days       LONGTEXT     NOT NULL,
    fetched_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
