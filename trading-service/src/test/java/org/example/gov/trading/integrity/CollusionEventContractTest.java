package org.example.gov.trading.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.example.gov.testsupport.Contracts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * gov.trading.collusion-flagged.v1: its example matches its schema, what the service publishes matches it and carries
 * no evidence (no address, fingerprint, hash, author, account), and the AsyncAPI document lists it.
 */
class CollusionEventContractTest {

    static final String TYPE = CollusionEvent.TYPE;

    @Test
    void theExampleMatchesTheSchema() {
        Contracts.assertValid(TYPE, Contracts.example(TYPE));
    }

    @Test
    void anEventBuiltFromAnAnalysisMatchesTheSchemaAndCarriesNoEvidence() {
        CollusionAnalysis a = new CollusionAnalysis("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d", Instant.parse("2026-03-23T02:00:01Z"),
                "trading-service", 3, List.of(new CollusionWarning(SignalKind.SHARED_SUBMISSION_ADDRESS,
                        List.of("2c3d4e5f-6071-4b8c-9d0e-1f2a3b4c5d6e", "3d4e5f60-7182-4c9d-8e1f-2a3b4c5d6e7f"),
                        List.of("bidder-1", "bidder-2"), "203.0.113.7"),
                        new CollusionWarning(SignalKind.SHARED_DEPOSIT_ACCOUNT,
                                List.of("2c3d4e5f-6071-4b8c-9d0e-1f2a3b4c5d6e", "3d4e5f60-7182-4c9d-8e1f-2a3b4c5d6e7f"),
                                List.of("bidder-1", "bidder-2"), "6222020200001234")));
        String json = JsonMapper.builder().findAndAddModules().build().writeValueAsString(
                CollusionEvent.of("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", a, "OPENING_RECORD_PUBLISHED"));
        Contracts.assertValid(TYPE, json);
        assertThat(json).doesNotContain("203.0.113.7").doesNotContain("6222020200001234").doesNotContain("evidence");
    }

    @Test
    void aFlagWithEvidenceOrASingleBidBreaksTheContract() {
        String example = Contracts.example(TYPE);
        String withEvidence = example.replaceFirst("\"kind\":", "\"evidence\":\"203.0.113.7\",\"kind\":");
        assertThat(withEvidence).contains("evidence");
        assertThatThrownBy(() -> Contracts.assertValid(TYPE, withEvidence)).isInstanceOf(AssertionError.class);
        String single = example.replaceFirst(",\"3d4e5f60-7182-4c9d-8e1f-2a3b4c5d6e7f\"", "")
                .replaceFirst(",\"bidder-e5f6a7b8\"", "");
        assertThatThrownBy(() -> Contracts.assertValid(TYPE, single)).isInstanceOf(AssertionError.class);
    }

    @Test
    void theAsyncApiDocumentListsIt() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            String asyncapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(asyncapi).contains("name: " + TYPE, "payload: { $ref: 'events/trading/" + TYPE + ".json' }");
        }
    }
}
