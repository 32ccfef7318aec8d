package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.example.gov.platform.testapp.ProblemAssertions.assertProblem;

import java.time.Instant;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.JwtKeys;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The resource server: a valid token of the platform's issuer, roles checked per operation, problems otherwise. */
@PlatformIntegrationTest
class SecurityIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;
    TestTokens tokens;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        tokens = TestTokens.shared();
    }

    @Test
    void aValidTokenIdentifiesTheActor() {
        String token = tokens.mint("clerk7", "440300", "市政务服务数据管理局", "CLERK", "APPROVER");

        ApiClient.Response me = api.get("/api/test/me", token).expect(200);

        assertThat(me.text("id")).isEqualTo("clerk7");
        assertThat(me.text("region")).isEqualTo("440300");
        assertThat(me.text("department")).isEqualTo("市政务服务数据管理局");
        assertThat(me.body().path("roles").valueStream().map(n -> n.asString()).toList())
                .containsExactlyInAnyOrder("CLERK", "APPROVER");
    }

    @Test
    void withoutATokenTheAnswerIs401WithABearerChallenge() {
        ApiClient.Response response = api.get("/api/test/me", null);

        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aTokenOfAnotherIssuerIsRejected() {
        String foreign = tokens.mint("clerk1", "https://idp.elsewhere.example/realms/other", Instant.now().plusSeconds(600),
                "440300", null, "CLERK");

        assertProblem(api.get("/api/test/me", foreign), 401, "UNAUTHENTICATED");
    }

    @Test
    void anExpiredTokenIsRejected() {
        String expired = tokens.mint("clerk1", TestTokens.ISSUER, Instant.now().minusSeconds(300), "440300", null, "CLERK");

        assertProblem(api.get("/api/test/me", expired), 401, "UNAUTHENTICATED");
    }

    @Test
    void aTokenSignedWithAnotherKeyOrNotAJwtIsRejected() {
        String forged = TestTokens.using(JwtKeys.generate()).mint("clerk1", "440300", null, "CLERK");

        assertProblem(api.get("/api/test/me", forged), 401, "UNAUTHENTICATED");
        assertProblem(api.get("/api/test/me", "not-a-jwt"), 401, "UNAUTHENTICATED");
    }

    @Test
    void aRoleTheOperationDoesNotAllowIs403() {
        String applicant = tokens.mint("applicant1", "440300", null, "APPLICANT");
        String clerk = tokens.mint("clerk1", "440300", null, "CLERK");

        assertProblem(api.get("/api/test/clerk-only", applicant), 403, "FORBIDDEN");
        assertThat(api.get("/api/test/clerk-only", clerk).expect(200).text("id")).isEqualTo("clerk1");
    }

    @Test
    void theRoleIsCheckedBeforeTheBodyIsRead() {
        String applicant = tokens.mint("applicant1", "440300", null, "APPLICANT");
        String clerk = tokens.mint("clerk1", "440300", null, "CLERK");

        assertProblem(api.post("/api/test/clerk-widgets", applicant, "{\"name\":"), 403, "FORBIDDEN");
        assertProblem(api.post("/api/test/clerk-widgets", applicant, "{}"), 403, "FORBIDDEN");
        assertProblem(api.post("/api/test/clerk-widgets", clerk, "{}"), 400, "VALIDATION_FAILED");
        api.post("/api/test/clerk-widgets", clerk, "{\"name\":\"阀门\",\"quantity\":1}").expect(201);
    }

    @Test
    void securityProblemsAreLocalized() {
        String applicant = tokens.mint("applicant1", "440300", null, "APPLICANT");

        assertThat(api.send("GET", "/api/test/me", null, null, "Accept-Language", "en").text("detail"))
                .isEqualTo("A valid access token is required");
        assertThat(api.send("GET", "/api/test/me", null, null, "Accept-Language", "zh-CN").text("detail"))
                .isEqualTo("需要有效的访问令牌");
        assertThat(api.get("/api/test/clerk-only", applicant).text("detail")).isEqualTo("您的角色无权执行此操作");
        assertThat(api.send("GET", "/api/test/clerk-only", applicant, null, "Accept-Language", "en").text("detail"))
                .isEqualTo("Your role does not allow this operation");
    }

    /**
     * BUG (reported): ProblemSecurityHandlers.entryPoint() takes the locale from request.getLocale(), which without an
     * Accept-Language header is the JVM's default (English here), not the platform default zh_CN. Enable once the
     * handlers resolve the locale with the application's LocaleResolver.
     */
    @Test
    void theUnauthenticatedProblemIsChineseWhenTheClientStatesNoLanguage() {
        assertThat(api.get("/api/test/me", null).text("detail")).isEqualTo("需要有效的访问令牌");
    }
}
