package org.example.gov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;

import org.example.gov.gateway.partner.PartnerKeyRing;
import org.example.gov.testsupport.PartnerSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The development token endpoint with profile "local": tokens for the demo users, accepted by the gateway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        "RATE_LIMIT_ENABLED=false"})
@ActiveProfiles("local")
class DevTokenLocalProfileTest {

    static final FakeService backend = new FakeService();
    static final TestKeys keys = TestKeys.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("CASE_URL", backend::url);
        registry.add("JWT_PUBLIC_KEY_LOCATION", keys::publicKeyLocation);
        registry.add("DEV_TOKEN_PRIVATE_KEY_LOCATION", keys::privateKeyLocation);
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void issuesATokenForADemoUserThatTheGatewayAccepts() throws Exception {
        Map<String, Object> response = client.post().uri("/dev/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("user", "clerk1")).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(response).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
        Map<String, Object> user = (Map<String, Object>) response.get("user");
        assertThat(user).containsEntry("id", "clerk1").containsEntry("name", "王窗口")
                .containsEntry("roles", List.of("CLERK")).containsEntry("region", "440300")
                .containsEntry("department", "市政务服务数据管理局");

        String token = (String) response.get("access_token");
        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(TestKeys.ISSUER);
        assertThat(claims.getSubject()).isEqualTo("clerk1");
        assertThat(claims.getStringListClaim("roles")).containsExactly("CLERK");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));

        client.get().uri("/api/cases/9").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk();
        assertThat(FakeService.header(backend.last("/api/cases/9"), "Authorization")).containsExactly("Bearer " + token);
    }

    @Test
    void acceptsFormAndQueryParameter() {
        client.post().uri("/dev/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("user", "approver1")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.user.roles[0]").isEqualTo("APPROVER")
                .jsonPath("$.user.department").isEqualTo("市市场监督管理局");
        client.post().uri("/dev/token?user=applicant1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.user.name").isEqualTo("张三")
                .jsonPath("$.user.department").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownUserIs400ProblemListingTheKnownUsers() {
        client.post().uri("/dev/token").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"user\":\"mallory\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNKNOWN_USER")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("mallory").contains("clerk1"))
                .jsonPath("$.knownUsers").value(users -> assertThat((List<Object>) users).contains("clerk1", "partner-gx"));
    }

    @Test
    void listsTheDemoUsers() {
        client.get().uri("/dev/users").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(25)
                .jsonPath("$[?(@.id == 'expert5')].roles[0]").isEqualTo("EXPERT")
                .jsonPath("$[?(@.id == 'partner-gx')].region").isEqualTo("450000")
                .jsonPath("$[?(@.id == 'SZ-FUTIAN-W01')].roles[0]").isEqualTo("WINDOW_DEVICE")
                .jsonPath("$[?(@.id == 'handler1')].department").isEqualTo("市住房和建设局");
    }

    @Autowired
    @Qualifier("guarantorKeyRing")
    PartnerKeyRing guarantors;

    @Autowired
    @Qualifier("partnerKeyRing")
    PartnerKeyRing partners;

    @Autowired
    Environment environment;

    /** The README-guarantees recipe signs with the demo-guarantor-client key: it must verify with guarantor1's ring. */
    @Test
    void theDemoGuarantorsPrivateKeyMatchesItsKeyInTheGuarantorsRingOnly() {
        String privateKey = environment.getRequiredProperty("demo-guarantor-client.sm2-private-key");
        String keyId = environment.getRequiredProperty("demo-guarantor-client.sm2-key-id");
        String body = "{\"guaranteeNumber\":\"BG-DEMO-0001\"}";
        PartnerSigner.SignedHeaders signed = PartnerSigner.sign("POST", "/api/guarantor/guarantees", body, keyId,
                PartnerSigner.SM2, privateKey);
        byte[] stringToSign = PartnerSigner.stringToSign("POST", "/api/guarantor/guarantees", body,
                Long.parseLong(signed.timestamp()), signed.nonce()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] signature = java.util.Base64.getDecoder().decode(signed.signature());

        assertThat(guarantors.find("guarantor1", keyId)).hasValueSatisfying(
                key -> assertThat(key.verifier().verify(stringToSign, signature)).isTrue());
        assertThat(partners.find("guarantor1", keyId)).as("not a partner key").isEmpty();
        assertThat(guarantors.find("partner-gx", "gx-demo-sm2")).as("nor a partner's key a guarantor's").isEmpty();
    }
}
