-- Issue 5: rated objects and channel on every rating, on-site ratings (一次一评), hotline ratings, receipt-stage
-- invitations, invitation expiry, tickets without a due date while the calendar is down, statistics indexes.

-- invitations: who handled the case (the staff member rated) and the channel the invitation went out on
ALTER TABLE invitation
    ADD COLUMN staff_id VARCHAR(64) NULL,
    ADD COLUMN channel  VARCHAR(16) NOT NULL DEFAULT 'WEB',
    ADD KEY ix_invitation_expiry (status, expires_at),
    ADD KEY ix_invitation_stats_department (opened_at, department, status, region),
    ADD KEY ix_invitation_stats_item (opened_at, item_code, status, region),
    ADD KEY ix_invitation_stats_staff (opened_at, staff_id, status, region),
    ADD KEY ix_invitation_stats_channel (opened_at, channel, status, region);

-- 一次一评: one service occurrence at a window, rated once on the window's device
CREATE TABLE service_occurrence (
    id           CHAR(36)     NOT NULL,
    case_id      CHAR(36)     NOT NULL,
    case_number  VARCHAR(32)  NOT NULL,
    applicant_id VARCHAR(64)  NOT NULL,
    item_code    VARCHAR(64)  NOT NULL,
    item_name    VARCHAR(200) NOT NULL,
    department   VARCHAR(100) NOT NULL,
    region       CHAR(6)      NOT NULL,
    hall_code    VARCHAR(64)  NOT NULL,
    window_id    VARCHAR(64)  NOT NULL,
    staff_id     VARCHAR(64)  NOT NULL,
    opened_by    VARCHAR(64)  NOT NULL,
    opened_at    TIMESTAMP(6) NOT NULL,
    expires_at   TIMESTAMP(6) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_occurrence_window (window_id, status, opened_at),
    KEY ix_occurrence_expiry (status, expires_at),
    KEY ix_occurrence_stats_department (opened_at, department, status, region),
    KEY ix_occurrence_stats_hall (opened_at, hall_code, status, region),
    KEY ix_occurrence_stats_item (opened_at, item_code, status, region),
    KEY ix_occurrence_stats_staff (opened_at, staff_id, status, region)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ratings: where they came from (ONLINE invitation, ON_SITE occurrence, HOTLINE call-back) and every rated object.
-- invitation_id is the invitation or the occurrence used; one rating per invitation/occurrence. One rating per case
-- and online stage stays guarded by the invitation's own unique key (case, stage).
ALTER TABLE rating
    DROP KEY uk_rating_case_stage,
    ADD COLUMN source      VARCHAR(16)  NOT NULL DEFAULT 'ONLINE',
    ADD COLUMN region      CHAR(6)      NOT NULL DEFAULT '000000',
    ADD COLUMN item_name   VARCHAR(200) NULL,
    ADD COLUMN hall_code   VARCHAR(64)  NULL,
    ADD COLUMN window_id   VARCHAR(64)  NULL,
    ADD COLUMN staff_id    VARCHAR(64)  NULL,
    ADD COLUMN external_id VARCHAR(64)  NULL,
    ADD UNIQUE KEY uk_rating_invitation (invitation_id),
    ADD KEY ix_rating_case (case_id, stage),
    ADD KEY ix_rating_stats_department (rated_at, department, level, excluded_from_bad_rate, region),
    ADD KEY ix_rating_stats_item (rated_at, item_code, level, excluded_from_bad_rate, region),
    ADD KEY ix_rating_stats_hall (rated_at, hall_code, level, excluded_from_bad_rate, region),
    ADD KEY ix_rating_stats_staff (rated_at, staff_id, level, excluded_from_bad_rate, region),
    ADD KEY ix_rating_stats_channel (rated_at, channel, level, excluded_from_bad_rate, region);

UPDATE rating r JOIN invitation i ON i.id = r.invitation_id SET r.region = i.region, r.item_name = i.item_name;

-- tickets: the rated objects for statistics; no due date yet while the working-day calendar is unavailable
ALTER TABLE rectification_ticket
    MODIFY due_date DATE NULL,
    ADD COLUMN region     CHAR(6)     NOT NULL DEFAULT '000000',
    ADD COLUMN hall_code  VARCHAR(64) NULL,
    ADD COLUMN staff_id   VARCHAR(64) NULL,
    ADD COLUMN channel    VARCHAR(16) NOT NULL DEFAULT 'WEB',
    ADD KEY ix_ticket_due_date_missing (due_date, opened_at),
    ADD KEY ix_ticket_opened (opened_at);

UPDATE rectification_ticket t JOIN rating r ON r.id = t.rating_id
SET t.region = r.region, t.channel = r.channel;
