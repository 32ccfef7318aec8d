-- A stand-in for a service's own state: changed in the same transaction as the outbox row or the consumed event.
CREATE TABLE widget (
    id      CHAR(36)     NOT NULL,
    subject VARCHAR(200) NOT NULL,
    name    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_widget_subject (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
