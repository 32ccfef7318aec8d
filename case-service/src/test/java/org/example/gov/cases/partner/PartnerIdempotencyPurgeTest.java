package org.example.gov.cases.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Partners' Idempotency-Keys are forgotten after the retention (7 days): the purge deletes exactly the keys older than
 * that, in batches (2 rows per statement here), and leaves younger keys and the cases alone.
 */
class PartnerIdempotencyPurgeTest extends PartnerIntegrationTest {

    @Autowired
    IdempotencyKeyPurge purge;

    @Test
    void thePurgeDeletesOnlyKeysOlderThanTheRetention() {
        // a day long before every other test's rows, so nothing else is old enough to go
        clock.set(LocalDate.of(2020, 1, 10), LocalTime.NOON);
        Instant now = clock.instant();
        String partner = "partner-purge-" + UUID.randomUUID().toString().substring(0, 8);
        List<Duration> oldAges = List.of(Duration.ofDays(8), Duration.ofDays(30), Duration.ofDays(7).plusSeconds(1),
                Duration.ofDays(9), Duration.ofDays(100));
        List<Duration> youngAges = List.of(Duration.ofDays(7).minusSeconds(1), Duration.ofDays(1), Duration.ZERO);
        oldAges.forEach(age -> insertKey(partner, "old-" + age.toSeconds(), now.minus(age)));
        youngAges.forEach(age -> insertKey(partner, "young-" + age.toSeconds(), now.minus(age)));
        long othersBefore = count("partner_id <> :partner", partner);

        assertThat(purge.purgeExpired()).as("five old keys, in three batches of at most two").isEqualTo(5);

        assertThat(keysOf(partner)).containsExactlyInAnyOrder("young-604799", "young-86400", "young-0");
        assertThat(count("partner_id <> :partner", partner)).as("no other partner's key").isEqualTo(othersBefore);
        assertThat(purge.purgeExpired()).as("nothing left to purge").isZero();
    }

    @Test
    void aForwardRetriedWithinTheRetentionStillFindsItsCase() {
        String key = UUID.randomUUID().toString();
        String body = forwardBody(UUID.randomUUID().toString(), "REF-" + UUID.randomUUID());
        String id = forward(partnerGx, key, body).expect(201).text("id");
        purge.purgeExpired();
        assertThat(forward(partnerGx, key, body).expect(200).text("id")).isEqualTo(id);
    }

    private void insertKey(String partner, String key, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO partner_request (partner_id, idempotency_key, request_hash, case_id, created_at)
                VALUES (:partner, :key, :hash, :caseId, :at)""")
                .param("partner", partner).param("key", key).param("hash", "0".repeat(64))
                .param("caseId", UUID.randomUUID().toString()).param("at", Timestamp.from(createdAt)).update();
    }

    private List<String> keysOf(String partner) {
        return jdbc.sql("SELECT idempotency_key FROM partner_request WHERE partner_id = :partner")
                .param("partner", partner).query(String.class).list();
    }

    private long count(String where, String partner) {
        return jdbc.sql("SELECT COUNT(*) FROM partner_request WHERE " + where).param("partner", partner)
                .query(Long.class).single();
    }
}
