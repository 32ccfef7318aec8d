package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.testsupport.ApiClient;

/** What every error answer of every service has in common (RFC 9457 plus the platform's members). */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static ApiClient.Response assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("content type").startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.text("code")).isEqualTo(code);
        assertThat(response.text("type")).isEqualTo("urn:gov:problem:" + code);
        assertThat(response.text("title")).isNotBlank();
        assertThat(response.text("detail")).isNotBlank();
        assertThat(response.text("traceId")).as("traceId of %s", response.raw()).matches("[0-9a-f]{32}");
        return response;
    }
}
