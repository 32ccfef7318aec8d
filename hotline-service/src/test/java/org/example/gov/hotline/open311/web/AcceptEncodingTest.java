package org.example.gov.hotline.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

/** Accept-Encoding as RFC 9110 §12.5.3 reads it, for gzip. */
class AcceptEncodingTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "gzip|true",
            "gzip, deflate, br, zstd|true",
            "br;q=1.0, GZIP;q=0.5|true",
            "x-gzip|true",
            "*|true",
            "deflate, br|false",
            "gzip;q=0|false",
            "gzip;q=0.000|false",
            "*, gzip;q=0|false",
            "gzip;q=0, *|false",
            "*;q=0|false",
            "identity|false",
            "gzip;q=high|false",
            "' '|false"})
    void acceptsGzip(String header, boolean accepted) {
        assertThat(AcceptEncoding.acceptsGzip(header)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @NullSource
    void noHeaderAcceptsOnlyTheBodyAsItIs(String header) {
        assertThat(AcceptEncoding.acceptsGzip(header)).isFalse();
    }
}
