package org.example.gov.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.example.gov.testsupport.Contracts;
import org.junit.jupiter.api.Test;

/**
 * The schemas of issue 13's events accept their own examples (what consumer tests will feed) and the AsyncAPI document
 * lists each of them on the hotline topic.
 */
class EventContractExamplesTest {

    static final List<String> TYPES = List.of("gov.hotline.duplicate-suggested.v1", "gov.hotline.duplicate-confirmed.v1",
            "gov.hotline.duplicate-dismissed.v1", "gov.hotline.hotspot-detected.v1");

    @Test
    void everyExampleMatchesItsSchema() {
        TYPES.forEach(type -> Contracts.assertValid(type, Contracts.example(type)));
    }

    @Test
    void aConfirmationWithoutItsMasterBreaksTheContract() {
        String example = Contracts.example("gov.hotline.duplicate-confirmed.v1")
                .replaceFirst("\"duplicateOf\":\"[^\"]+\"", "\"duplicateOf\":null");
        assertThat(example).contains("\"duplicateOf\":null");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Contracts.assertValid("gov.hotline.duplicate-confirmed.v1", example))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theAsyncApiDocumentListsThem() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            String asyncapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            TYPES.forEach(type -> assertThat(asyncapi).contains("name: " + type,
                    "payload: { $ref: 'events/hotline/" + type + ".json' }"));
        }
    }
}
