package org.example.gov.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private String requestIdFor(String incoming) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases");
        if (incoming != null) {
            request.addHeader(RequestIdFilter.HEADER, incoming);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new RequestIdFilter().doFilter(request, response, new MockFilterChain());
        return response.getHeader(RequestIdFilter.HEADER);
    }

    @Test
    void aTokenLikeIdIsKeptAndAnythingElseReplaced() throws Exception {
        assertThat(requestIdFor("gw-7f3a9c")).isEqualTo("gw-7f3a9c");
        assertThat(requestIdFor(null)).hasSize(36);
        assertThat(requestIdFor("a b; DROP")).hasSize(36).isNotEqualTo("a b; DROP");
    }

    @Test
    void anIdThatReadsAsAnIdCardOrPhoneNumberIsReplaced() throws Exception {
        // it would be logged masked, but stored in clear in the audit trail's request_id column
        assertThat(requestIdFor("440304199001011233")).hasSize(36);
        assertThat(requestIdFor("13812345678")).hasSize(36);
    }
}
