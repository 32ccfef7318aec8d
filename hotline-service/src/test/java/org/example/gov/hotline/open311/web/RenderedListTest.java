package org.example.gov.hotline.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** A kept list's gzipped form: the same bytes once unzipped, made once, and only for bodies worth it. */
class RenderedListTest {

    @Test
    void theGzippedFormUnzipsToTheBodyAndIsMadeOnce() throws IOException {
        byte[] body = "[{\"service_request_id\":\"RX20250926-0001\",\"status\":\"open\"}]".repeat(100)
                .getBytes(StandardCharsets.UTF_8);
        RenderedList list = new RenderedList(body);

        byte[] gzipped = list.gzipped();
        assertThat(list.compressible()).isTrue();
        assertThat(gzipped.length).isLessThan(body.length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertThat(in.readAllBytes()).isEqualTo(body);
        }
        assertThat(list.gzipped()).isSameAs(gzipped);
        assertThat(list.weight()).isGreaterThanOrEqualTo(body.length + gzipped.length);
    }

    @Test
    void aSmallBodyIsNotWorthCompressing() {
        assertThat(new RenderedList(new byte[RenderedList.GZIP_FROM_BYTES - 1]).compressible()).isFalse();
        assertThat(new RenderedList(new byte[RenderedList.GZIP_FROM_BYTES]).compressible()).isTrue();
    }
}
