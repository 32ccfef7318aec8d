package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.example.gov.platform.testapp.ProblemAssertions.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every error is an RFC 9457 problem with a stable code, a localized detail and the trace id. */
@PlatformIntegrationTest
class ProblemDetailsIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        token = TestTokens.shared().mint("clerk1", "440300", "市政务服务数据管理局", "CLERK");
    }

    @Test
    void aValidRequestIsAnsweredNormally() {
        ApiClient.Response created = api.post("/api/test/widgets", token, "{\"name\":\"阀门\",\"quantity\":3}").expect(201);

        assertThat(created.text("name")).isEqualTo("阀门");
        assertThat(created.body().path("quantity").asInt()).isEqualTo(3);
    }

    @Test
    void invalidFieldsAnswer400WithEachFieldError() {
        ApiClient.Response response = api.post("/api/test/widgets", token, "{\"name\":\"\",\"quantity\":0}");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "quantity");
        assertThat(response.body().path("errors").findValuesAsString("message")).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @Test
    void aMissingOrMistypedParameterAnswers400NamingIt() {
        api.get("/api/test/widgets?region=440300&size=5", token).expect(200);

        ApiClient.Response missing = api.get("/api/test/widgets?size=5", token);
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.body().path("errors").findValuesAsString("field")).containsExactly("region");
        ApiClient.Response mistyped = api.get("/api/test/widgets?region=440300&size=abc", token);
        assertProblem(mistyped, 400, "VALIDATION_FAILED");
        assertThat(mistyped.body().path("errors").findValuesAsString("field")).containsExactly("size");
        assertThat(mistyped.body().path("errors").findValuesAsString("message")).containsExactly("must be of type int");
        assertThat(mistyped.raw()).doesNotContain("abc");
        ApiClient.Response noSuchDay = api.get("/api/test/widgets?region=440300&day=13800138000", token);
        assertThat(noSuchDay.body().path("errors").findValuesAsString("field")).containsExactly("day");
        assertThat(noSuchDay.body().path("errors").findValuesAsString("message").getFirst()).startsWith("must be one of [MONDAY");
        assertThat(noSuchDay.raw()).as("the value sent is not repeated").doesNotContain("13800138000");
    }

    @Test
    void malformedJsonAnswers400MalformedRequest() {
        assertProblem(api.post("/api/test/widgets", token, "{\"name\":"), 400, "MALFORMED_REQUEST");
        assertProblem(api.post("/api/test/widgets", token, "{\"name\":\"x\",\"quantity\":\"many\"}"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void aBodyOverTheLimitAnswers413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"quantity\":3}";

        assertProblem(api.post("/api/test/widgets", token, big), 413, "PAYLOAD_TOO_LARGE");

        // chunked, no Content-Length: counted as it is read
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/test/widgets"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void anUnknownPathAnswers404AndAWrongMethod405() {
        assertProblem(api.get("/api/test/no-such-thing", token), 404, "NOT_FOUND");
        assertProblem(api.send("DELETE", "/api/test/widgets", token, null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void anIllegalTransitionAnswers409ListingTheAllowedOnes() {
        ApiClient.Response response = api.post("/api/test/widgets/w1/closure", token, null);

        assertProblem(response, 409, "ILLEGAL_TRANSITION");
        assertThat(response.body().path("allowed").valueStream().map(n -> n.asString()).toList())
                .containsExactly("accept", "withdraw");
        assertThat(response.text("state")).isEqualTo("SUBMITTED");
        assertThat(response.text("attempted")).isEqualTo("close");
        assertThat(response.text("detail")).isEqualTo("当前状态 SUBMITTED 不允许执行“close”，可执行的操作：accept, withdraw");
    }

    @Test
    void anUnexpectedFailureAnswers500WithoutRevealingInternals() {
        ApiClient.Response response = api.get("/api/test/failure", token);

        assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(fieldNames(response)).isSubsetOf("type", "title", "status", "detail", "instance", "code", "traceId");
        assertThat(response.raw()).doesNotContain("hunter2", "db-internal", "IllegalStateException", "Exception", "java.",
                "org.example", "TestController", "\tat ");
    }

    @Test
    void detailsAreChineseByDefaultAndEnglishOnRequest() {
        assertThat(assertProblem(api.get("/api/test/no-such-thing", token), 404, "NOT_FOUND").text("detail"))
                .isEqualTo("请求的资源不存在");
        assertThat(assertProblem(api.send("GET", "/api/test/no-such-thing", token, null, "Accept-Language", "en"), 404, "NOT_FOUND")
                .text("detail")).isEqualTo("The requested resource does not exist");

        assertThat(api.get("/api/test/failure", token).text("detail")).isEqualTo("系统内部错误，已记录日志");
        assertThat(api.send("GET", "/api/test/failure", token, null, "Accept-Language", "en-GB,en;q=0.8").text("detail"))
                .isEqualTo("An unexpected error occurred; it has been logged");
        assertThat(api.send("POST", "/api/test/widgets", token, "{}", "Accept-Language", "en").text("detail"))
                .isEqualTo("The request has invalid fields; see errors");
    }

    @Test
    void aTransactionStillInALockConflictAfterItsRetriesAnswers503WithRetryAfter() {
        int before = TestController.LOCK_CONFLICT_ATTEMPTS.get();
        ApiClient.Response response = api.post("/api/test/lock-conflict", token, null);

        assertProblem(response, 503, "LOCK_CONFLICT");
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(response.raw()).doesNotContain("Deadlock", "Exception");
        assertThat(TestController.LOCK_CONFLICT_ATTEMPTS.get() - before).as("run three times, then given up").isEqualTo(3);
    }

    @Test
    void aSafeRequestIdIsEchoedAndAnUnsafeOneReplaced() {
        assertThat(api.send("GET", "/api/test/me", token, null, "X-Request-Id", "req-42.a_B").expect(200)
                .header("X-Request-Id")).isEqualTo("req-42.a_B");
        assertThat(api.send("GET", "/api/test/no-such-thing", token, null, "X-Request-Id", "err-7").expect(404)
                .header("X-Request-Id")).isEqualTo("err-7");

        String withSpaces = api.send("GET", "/api/test/me", token, null, "X-Request-Id", "id with spaces").header("X-Request-Id");
        String tooLong = api.send("GET", "/api/test/me", token, null, "X-Request-Id", "a".repeat(65)).header("X-Request-Id");
        String none = api.send("GET", "/api/test/me", token, null, "X-Request-Id", null).header("X-Request-Id");
        assertThat(withSpaces).isNotEqualTo("id with spaces").matches("[A-Za-z0-9._-]{1,64}");
        assertThat(tooLong).isNotEqualTo("a".repeat(65)).matches("[A-Za-z0-9._-]{1,64}");
        assertThat(none).matches("[A-Za-z0-9._-]{1,64}");
        assertThat(Set.of(withSpaces, tooLong, none)).hasSize(3);
    }

    private static Set<String> fieldNames(ApiClient.Response response) {
        return response.body().propertyNames().stream().collect(Collectors.toSet());
    }
}
