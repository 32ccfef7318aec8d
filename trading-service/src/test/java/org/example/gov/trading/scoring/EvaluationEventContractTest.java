package org.example.gov.trading.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.example.gov.testsupport.Contracts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation-completed schema accepts its example and what the domain publishes, refuses a rejected bid without its
 * reason, names no expert, and the AsyncAPI document lists it on the trading topic.
 */
class EvaluationEventContractTest {

    static final String TYPE = "gov.trading.evaluation-completed.v1";

    @Test
    void theExampleMatchesItsSchema() {
        Contracts.assertValid(TYPE, Contracts.example(TYPE));
    }

    @Test
    void whatTheDomainPublishesMatchesTheSchema() {
        EvaluationReport report = Scoring.evaluate(EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.GOODS,
                null, List.of(), null, null, ScoringPolicy.DEFAULT),
                List.of(ScoringTest.bid("A", "100.00", true), ScoringTest.bid("B", "95.00", false)), Map.of(),
                List.of(), Map.of("B", new Invalidation("B", "未按要求提供资格证明", "x", Instant.EPOCH)), Map.of());
        EvaluationEvent.EvaluationCompleted e = EvaluationEvent.completed("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d", report, Instant.parse("2026-03-24T08:00:00Z"));
        String json = JsonMapper.builder().build().writeValueAsString(e);
        Contracts.assertValid(TYPE, json);
        assertThat(e.ranking().getFirst().evaluatedPrice()).isEqualTo(new BigDecimal("90.00").toPlainString());
    }

    @Test
    void aRejectedBidWithoutItsReasonBreaksTheContract() {
        String example = Contracts.example(TYPE).replace("\"reason\":\"投标保证金不足\"", "\"reason\":\"\"");
        assertThat(example).contains("\"reason\":\"\"");
        assertThatThrownBy(() -> Contracts.assertValid(TYPE, example)).isInstanceOf(AssertionError.class);
    }

    @Test
    void theExampleNamesNoExpert() {
        assertThat(Contracts.example(TYPE).toLowerCase()).doesNotContain("name").doesNotContain("expertid")
                .doesNotContain("seat");
    }

    @Test
    void theAsyncApiDocumentListsIt() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            String asyncapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(asyncapi).contains("name: " + TYPE, "payload: { $ref: 'events/trading/" + TYPE + ".json' }",
                    "evaluationCompleted: { $ref: '#/components/messages/evaluationCompleted' }");
        }
    }
}
