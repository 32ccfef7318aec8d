package org.example.gov.trading.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.example.gov.testsupport.Contracts;
import org.junit.jupiter.api.Test;

/**
 * The committee events' schemas accept their examples, refuse what breaks the secrecy rules' shape, and the AsyncAPI
 * document lists them on the trading topic.
 */
class CommitteeEventContractTest {

    static final List<String> TYPES = List.of("gov.trading.committee-drawn.v1", "gov.trading.expert-replaced.v1");

    @Test
    void everyExampleMatchesItsSchema() {
        TYPES.forEach(type -> Contracts.assertValid(type, Contracts.example(type)));
    }

    @Test
    void aCommitteeOfFourMembersBreaksTheContract() {
        String example = Contracts.example("gov.trading.committee-drawn.v1").replace("\"members\":5", "\"members\":4");
        assertThat(example).contains("\"members\":4");
        assertThatThrownBy(() -> Contracts.assertValid("gov.trading.committee-drawn.v1", example))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void noExampleNamesAnExpert() {
        TYPES.forEach(type -> assertThat(Contracts.example(type).toLowerCase()).doesNotContain("name")
                .doesNotContain("expertid"));
    }

    @Test
    void theAsyncApiDocumentListsThem() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            String asyncapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            TYPES.forEach(type -> assertThat(asyncapi).contains("name: " + type,
                    "payload: { $ref: 'events/trading/" + type + ".json' }"));
        }
    }
}
