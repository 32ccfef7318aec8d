package org.example.gov.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The link of the chain: SM3 over the previous hash, the sequence number and every field, unambiguously. */
class AuditHashTest {

    static final Instant AT = Instant.parse("2026-03-01T08:00:00.123456Z");

    static AuditEntry entry(String actorId, String detail) {
        return new AuditEntry(AT, AuditKind.UNAUTHENTICATED, "401", actorId, null, null, "127.0.0.1", "req-1",
                "GET /api/cases/1", null, null, null, detail);
    }

    @Test
    void theHashIsSm3HexAndDependsOnThePreviousHashTheSequenceAndEveryField() {
        String hash = AuditHash.of(AuditHash.GENESIS, 1, entry("clerk1", "TOKEN_MISSING"));

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, entry("clerk1", "TOKEN_MISSING")));
        assertThat(AuditHash.of(hash, 1, entry("clerk1", "TOKEN_MISSING"))).isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 2, entry("clerk1", "TOKEN_MISSING"))).isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, entry("clerk2", "TOKEN_MISSING"))).isNotEqualTo(hash);
    }

    @Test
    void noTwoEntriesReadAlikeWhenTextMovesBetweenFieldsOrANullBecomesEmpty() {
        assertThat(entry("a|b", null).canonical()).isNotEqualTo(entry("a", "b").canonical());
        assertThat(entry(null, "x").canonical()).isNotEqualTo(entry("", "x").canonical());
    }

    @Test
    void longFieldsAreCutToTheirColumnsAndTheEssentialsAreRequired() {
        assertThat(entry("x".repeat(150), "d".repeat(600)).actorId()).hasSize(100);
        assertThat(entry(null, "d".repeat(600)).detail()).hasSize(500);
        assertThatThrownBy(() -> new AuditEntry(AT, null, "401", null, null, null, null, null, "GET /", null, null, null,
                null)).isInstanceOf(IllegalArgumentException.class);
    }
}
