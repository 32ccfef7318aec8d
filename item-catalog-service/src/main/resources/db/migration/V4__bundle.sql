-- Bundles (一件事一次办): the items and shared materials stay JSON documents (always read whole, served from memory).
ALTER TABLE bundle
    ADD COLUMN region        CHAR(6)      NOT NULL DEFAULT '000000',
    ADD COLUMN published_by  VARCHAR(64)  NULL,
    ADD COLUMN cancelled_at  TIMESTAMP(6) NULL,
    ADD COLUMN cancel_reason VARCHAR(500) NULL,
    ADD COLUMN created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ADD COLUMN changed_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ADD KEY ix_bundle_topic_region (topic, region);
