package org.example.gov.trading.ocds;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The schemas the feed tests rely on really judge the releases inside a package (the release schema is resolved). */
class OcdsSchemasTest {

    static final String PACKAGE = """
            {"uri":"https://example.org/p","version":"1.1","publishedDate":"2026-03-02T02:00:00Z",
             "publisher":{"name":"test"},"releases":[%s]}""";

    @Test
    void aCompleteReleasePasses() {
        assertThatCode(() -> OcdsSchemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, PACKAGE.formatted("""
                {"ocid":"ocds-gd0000-1","id":"1","date":"2026-03-02T02:00:00Z","tag":["tender"],"initiationType":"tender",
                 "tender":{"id":"t","status":"active"}}"""))).doesNotThrowAnyException();
    }

    @Test
    void aReleaseWithoutInitiationTypeAnUnknownTagOrStatusFails() {
        assertThatThrownBy(() -> OcdsSchemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, PACKAGE.formatted("""
                {"ocid":"ocds-gd0000-1","id":"1","date":"2026-03-02T02:00:00Z","tag":["tender"]}""")))
                .hasMessageContaining("initiationType");
        assertThatThrownBy(() -> OcdsSchemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, PACKAGE.formatted("""
                {"ocid":"ocds-gd0000-1","id":"1","date":"2026-03-02T02:00:00Z","tag":["opened"],"initiationType":"tender"}""")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OcdsSchemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, PACKAGE.formatted("""
                {"ocid":"ocds-gd0000-1","id":"1","date":"2026-03-02T02:00:00Z","tag":["tender"],"initiationType":"tender",
                 "tender":{"id":"t","status":"opened"}}""")))
                .isInstanceOf(AssertionError.class);
    }
}
