package org.example.gov.hotline.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.hotline.open311.Open311Exception;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import tools.jackson.databind.json.JsonMapper;

/** Open311's error list: the status asked for, and Retry-After only where the same request may simply be sent again. */
class Open311ErrorAdviceTest {

    private final Open311ErrorAdvice advice = new Open311ErrorAdvice(JsonMapper.builder().build());

    @Test
    void aBusyListIs503WithRetryAfterInTheFormatAskedFor() {
        ResponseEntity<byte[]> json = advice.open311(Open311Exception.unavailable("busy"),
                new MockHttpServletRequest("GET", "/open311/v2/requests.json"));
        ResponseEntity<byte[]> xml = advice.open311(Open311Exception.unavailable("busy"),
                new MockHttpServletRequest("GET", "/open311/v2/requests.xml"));

        assertThat(json.getStatusCode().value()).isEqualTo(503);
        assertThat(json.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(json.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(json.getBody()).asString().isEqualTo("[{\"code\":503,\"description\":\"busy\"}]");
        assertThat(xml.getStatusCode().value()).isEqualTo(503);
        assertThat(xml.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(xml.getBody()).asString().contains("<errors><error><code>503</code><description>busy</description>");
    }

    @Test
    void aRefusalHasNoRetryAfter() {
        ResponseEntity<byte[]> refused = advice.open311(Open311Exception.badRequest("no location"),
                new MockHttpServletRequest("GET", "/open311/v2/requests.json"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
    }
}
