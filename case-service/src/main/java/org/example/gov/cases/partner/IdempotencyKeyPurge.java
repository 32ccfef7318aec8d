package org.example.gov.cases.partner;

import java.time.Clock;
import java.time.Instant;

import org.example.gov.cases.partner.config.IdempotencyRetentionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes partners' Idempotency-Keys older than the retention, in bounded batches (each its own short statement, so
 * forwards inserting keys meanwhile never wait long). Every replica runs it; two deleting the same rows is harmless.
 * The cases the keys made stay, of course: only the "this key made that case" memory goes.
 */
@Component
public class IdempotencyKeyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotencyKeyRepository keys;
    private final IdempotencyRetentionProperties properties;
    private final Clock clock;

    public IdempotencyKeyPurge(IdempotencyKeyRepository keys, IdempotencyRetentionProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** Deletes every expired key, batch by batch; returns how many. Public for tests and operators. */
    public long purgeExpired() {
        Instant cutoff = clock.instant().minus(properties.retention());
        long deleted = 0;
        int rows;
        do {
            rows = keys.deleteCreatedBefore(cutoff, properties.batchSize());
            deleted += rows;
        } while (rows == properties.batchSize());
        if (deleted > 0) {
            log.info("Purged {} partner idempotency keys older than {}", deleted, cutoff);
        }
        return deleted;
    }
}
