package org.example.gov.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.example.gov.gateway.FakeService;
import org.example.gov.gateway.TestKeys;
import org.example.gov.gateway.ratelimit.GatewayReplicas;
import org.example.gov.testsupport.EmbeddedMariaDb;
import org.example.gov.testsupport.PartnerSigner;
import org.example.gov.testsupport.PartnerSigner.SignedHeaders;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed partner requests through two gateway replicas that share one MariaDB (the nonce store) in front of a stub
 * case-service. partner-gx signs with an HMAC-SHA256 secret or an SM2 key pair (two active keys); partner-zj is in
 * the middle of a rotation (two HMAC secrets). The signatures are made by test-support's PartnerSigner, which follows
 * the README's recipe independently of the gateway's code.
 */
class PartnerSignatureTest {

    static final FakeService backend = new FakeService();
    static final TestKeys keys = TestKeys.shared();
    static final JsonMapper json = JsonMapper.builder().build();
    static final GatewayReplicas replicas = new GatewayReplicas();
    static final String GX_SECRET = "gx-test-secret-" + "0123456789abcdefghijklmnop";
    static final String ZJ_OLD_SECRET = "zj-test-secret-2024-0123456789abcdefghij";
    static final String ZJ_NEW_SECRET = "zj-test-secret-2025-0123456789abcdefghij";
    static final String[] SM2 = sm2KeyPair(); // {private PKCS#8 base64, public SubjectPublicKeyInfo base64}
    static final String[] GUARANTOR_SM2 = sm2KeyPair();
    static final String GUARANTEE = """
            {"guaranteeNumber":"BG-2026-0001","lotId":"7d1f7a52-6a55-4c36-9d43-0f3c1b7f2b10","bidder":"bidder1",\
            "amount":"20000.00","validUntil":"2027-03-01","documentSm3":"ab"}""";
    static final String BODY = """
            {"itemId":"item-1","partnerReference":"GX-2025-0001","applicant":{"id":"gx-citizen-1","name":"黄六"}}""";

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static EmbeddedMariaDb db;
    static String gx;

    @BeforeAll
    static void startTwoReplicas() {
        db = SharedInfrastructure.mariaDb();
        a = replicas.start(settings(db.port()));
        b = replicas.start(settings(db.port()));
        gx = "Bearer " + keys.mint("partner-gx", "PARTNER");
    }

    static Map<String, String> settings(int dbPort) {
        Map<String, String> settings = new HashMap<>();
        settings.put("CASE_URL", backend.url());
        settings.put("TRADING_URL", backend.url());
        settings.put("JWT_PUBLIC_KEY_LOCATION", keys.publicKeyLocation());
        settings.put("DB_HOST", "127.0.0.1");
        settings.put("DB_PORT", Integer.toString(dbPort));
        // quotas have their own test (and partner-gx's shared bucket may be spent by it): not what is tested here
        settings.put("RATE_LIMIT_ENABLED", "false");
        settings.put("platform.partners.partner-gx.keys[0].id", "gx-hmac");
        settings.put("platform.partners.partner-gx.keys[0].scheme", "HMAC-SHA256");
        settings.put("platform.partners.partner-gx.keys[0].secret", GX_SECRET);
        settings.put("platform.partners.partner-gx.keys[1].id", "gx-sm2");
        settings.put("platform.partners.partner-gx.keys[1].scheme", "SM2");
        settings.put("platform.partners.partner-gx.keys[1].public-key", SM2[1]);
        settings.put("platform.partners.partner-zj.keys[0].id", "zj-2024");
        settings.put("platform.partners.partner-zj.keys[0].scheme", "HMAC-SHA256");
        settings.put("platform.partners.partner-zj.keys[0].secret", ZJ_OLD_SECRET);
        settings.put("platform.partners.partner-zj.keys[1].id", "zj-2025");
        settings.put("platform.partners.partner-zj.keys[1].scheme", "HMAC-SHA256");
        settings.put("platform.partners.partner-zj.keys[1].secret", ZJ_NEW_SECRET);
        // the demo guarantor's ring (issue 14): an SM2 key of its own
        settings.put("platform.guarantors.guarantor1.keys[0].id", "g1-sm2");
        settings.put("platform.guarantors.guarantor1.keys[0].scheme", "SM2");
        settings.put("platform.guarantors.guarantor1.keys[0].public-key", GUARANTOR_SM2[1]);
        return settings;
    }

    @AfterAll
    static void stop() {
        replicas.close();
        backend.close();
    }

    @Test
    void anHmacSignedForwardReachesCaseServiceWithItsBodyIntact() {
        String path = "/api/partner/cases?source=gx&batch=7";
        SignedHeaders signed = PartnerSigner.sign("POST", path, BODY, "gx-hmac", PartnerSigner.HMAC_SHA256, GX_SECRET);
        HttpResponse<String> answer = post(a, path, BODY, gx, signed, "Idempotency-Key", "k-hmac-1");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        FakeService.Received received = backend.last("/api/partner/cases");
        assertThat(new String(received.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(received.body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(received.query()).isEqualTo("source=gx&batch=7");
        assertThat(received.headers().getFirst("Idempotency-Key")).isEqualTo("k-hmac-1");
        assertThat(received.headers().getFirst("Authorization")).isEqualTo(gx);
    }

    @Test
    void anSm2SignedForwardReachesCaseServiceWithItsBodyIntact() {
        String path = "/api/partner/cases/sm2";
        SignedHeaders signed = PartnerSigner.sign("POST", path, BODY, "gx-sm2", PartnerSigner.SM2, SM2[0]);
        HttpResponse<String> answer = post(b, path, BODY, gx, signed);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(backend.last(path).body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
        SignedHeaders get = PartnerSigner.sign("GET", "/api/partner/cases?size=20&page=0", null, "gx-sm2",
                PartnerSigner.SM2, SM2[0]);
        assertThat(replicas.get(a, "/api/partner/cases?size=20&page=0", with(get, "Authorization", gx)).statusCode())
                .as("a GET, no body, query in another order than sorted").isEqualTo(200);
    }

    @Test
    void aReplayedRequestIsRefusedByEveryReplicaAndNeverForwarded() {
        String path = "/api/partner/cases/replayed";
        SignedHeaders signed = PartnerSigner.sign("POST", path, BODY, "gx-hmac", PartnerSigner.HMAC_SHA256, GX_SECRET);
        assertThat(post(a, path, BODY, gx, signed).statusCode()).isEqualTo(200);

        JsonNode onB = problem(post(b, path, BODY, gx, signed), 401, "PARTNER_NONCE_REUSED");
        assertThat(onB.path("detail").asString()).contains("随机数");
        problem(post(a, path, BODY, gx, signed), 401, "PARTNER_NONCE_REUSED");
        assertThat(backend.count(path)).as("only the first reached case-service").isEqualTo(1);

        SignedHeaders fresh = PartnerSigner.sign("POST", path, BODY, "gx-hmac", PartnerSigner.HMAC_SHA256, GX_SECRET);
        assertThat(post(b, path, BODY, gx, fresh).statusCode()).as("a retry signed anew passes").isEqualTo(200);
        assertThat(backend.count(path)).isEqualTo(2);
    }

    @Test
    void aRequestSixMinutesOldOrAheadIsRefused() {
        String path = "/api/partner/cases/late";
        SignedHeaders old = PartnerSigner.sign("POST", path, BODY, "gx-hmac", PartnerSigner.HMAC_SHA256, GX_SECRET,
                Instant.now().minus(Duration.ofMinutes(6)), PartnerSigner.newNonce());
        JsonNode problem = problem(post(a, path, BODY, gx, old), 401, "PARTNER_REQUEST_EXPIRED");
        assertThat(problem.path("detail").asString()).contains("300");
        SignedHeaders ahead = PartnerSigner.sign("POST", path, BODY, "gx-sm2", PartnerSigner.SM2, SM2[0],
                Instant.now().plus(Duration.ofMinutes(6)), PartnerSigner.newNonce());
        problem(post(b, path, BODY, gx, ahead), 401, "PARTNER_REQUEST_EXPIRED");
        SignedHeaders fourMinutes = PartnerSigner.sign("POST", path, BODY, "gx-hmac", PartnerSigner.HMAC_SHA256,
                GX_SECRET, Instant.now().minus(Duration.ofMinutes(4)), PartnerSigner.newNonce());
        assertThat(post(a, path, BODY, gx, fourMinutes).statusCode()).as("inside the window").isEqualTo(200);
        assertThat(backend.count(path)).isEqualTo(1);
    }

    @Test
    void aWrongSignatureAnUnknownKeyOrAnotherPartnersKeyIsRefused() {
        String path = "/api/partner/cases/forged";
        SignedHeaders signed = PartnerSigner.sign("POST", path, BODY, "gx-hmac", PartnerSigner.HMAC_SHA256, GX_SECRET);
        problem(post(a, path, BODY.replace("黄六", "黄七"), gx, signed), 401, "PARTNER_SIGNATURE_INVALID");
        problem(post(a, path + "?extra=1", BODY, gx, signed), 401, "PARTNER_SIGNATURE_INVALID");
        SignedHeaders wrongSecret = PartnerSigner.sign("POST", path, BODY, "gx-hmac", PartnerSigner.HMAC_SHA256,
                "not-the-secret-but-just-as-long-0123456789");
        problem(post(b, path, BODY, gx, wrongSecret), 401, "PARTNER_SIGNATURE_INVALID");
        SignedHeaders hmacUnderSm2Id = PartnerSigner.sign("POST", path, BODY, "gx-sm2", PartnerSigner.HMAC_SHA256,
                GX_SECRET);
        problem(post(b, path, BODY, gx, hmacUnderSm2Id), 401, "PARTNER_SIGNATURE_INVALID");

        SignedHeaders unknown = PartnerSigner.sign("POST", path, BODY, "gx-retired", PartnerSigner.HMAC_SHA256, GX_SECRET);
        problem(post(a, path, BODY, gx, unknown), 401, "PARTNER_KEY_UNKNOWN");
        SignedHeaders zjKey = PartnerSigner.sign("POST", path, BODY, "zj-2025", PartnerSigner.HMAC_SHA256, ZJ_NEW_SECRET);
        JsonNode english = problem(post(b, path, BODY, gx, zjKey, "Accept-Language", "en"), 401, "PARTNER_KEY_UNKNOWN");
        assertThat(english.path("detail").asString()).isEqualTo("The signing key is unknown or not active");

        HttpResponse<String> unsigned = replicas.send(a, "POST", path, BODY, "Authorization", gx,
                "Content-Type", "application/json");
        problem(unsigned, 401, "PARTNER_SIGNATURE_INVALID");
        assertThat(backend.count(path)).as("no refused request reached case-service").isZero();
    }

    @Test
    void bothKeysOfAPartnerInTheMiddleOfARotationAreAccepted() {
        String zj = "Bearer " + keys.mint("partner-zj", "PARTNER");
        String path = "/api/partner/cases/rotation";
        assertThat(post(a, path, BODY, zj, PartnerSigner.sign("POST", path, BODY, "zj-2024", PartnerSigner.HMAC_SHA256,
                ZJ_OLD_SECRET)).statusCode()).as("the key being retired").isEqualTo(200);
        assertThat(post(b, path, BODY, zj, PartnerSigner.sign("POST", path, BODY, "zj-2025", PartnerSigner.HMAC_SHA256,
                ZJ_NEW_SECRET)).statusCode()).as("the new key").isEqualTo(200);
        problem(post(a, path, BODY, zj, PartnerSigner.sign("POST", path, BODY, "zj-2025", PartnerSigner.HMAC_SHA256,
                ZJ_OLD_SECRET)), 401, "PARTNER_SIGNATURE_INVALID");
        assertThat(backend.count(path)).isEqualTo(2);
    }

    @Test
    void otherRolesGet403AndAnonymousCalls401OnThePartnerRoute() {
        String path = "/api/partner/cases/roles";
        SignedHeaders signed = PartnerSigner.sign("POST", path, BODY, "gx-hmac", PartnerSigner.HMAC_SHA256, GX_SECRET);
        problem(post(a, path, BODY, "Bearer " + keys.mint("clerk1", "CLERK"), signed), 403, "FORBIDDEN");
        problem(replicas.send(b, "POST", path, BODY, "Content-Type", "application/json"), 401, "UNAUTHENTICATED");
        assertThat(backend.count(path)).isZero();
        assertThat(replicas.get(a, "/api/cases/1", "Authorization", "Bearer " + keys.mint("clerk1", "CLERK"))
                .statusCode()).as("other routes need no signature").isEqualTo(200);
    }

    @Test
    void aStalledNonceStoreAnswers503AndForwardsNothing() throws Exception {
        String path = "/api/partner/cases/stalled";
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("gateway"), db.username(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLES partner_nonce WRITE"); // every insert now waits
            try {
                SignedHeaders signed = PartnerSigner.sign("POST", path, BODY, "gx-hmac", PartnerSigner.HMAC_SHA256,
                        GX_SECRET);
                long start = System.nanoTime();
                HttpResponse<String> answer = post(a, path, BODY, gx, signed);
                problem(answer, 503, "PARTNER_SIGNATURE_UNAVAILABLE");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("bounded by the store timeout (1 s)")
                        .isLessThan(Duration.ofSeconds(3));
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            } finally {
                statement.execute("UNLOCK TABLES");
            }
        }
        assertThat(backend.count(path)).isZero();
    }

    @Test
    void aNonceStoreThatIsDownAnswers503AndForwardsNothing() {
        ConfigurableApplicationContext withoutStore = replicas.start(
                settings(URI.create(FakeService.closedPortUrl()).getPort()));
        String path = "/api/partner/cases/store-down";
        List<Integer> statuses = new ArrayList<>();
        for (String scheme : List.of(PartnerSigner.HMAC_SHA256, PartnerSigner.SM2)) {
            SignedHeaders signed = scheme.equals(PartnerSigner.SM2)
                    ? PartnerSigner.sign("POST", path, BODY, "gx-sm2", scheme, SM2[0])
                    : PartnerSigner.sign("POST", path, BODY, "gx-hmac", scheme, GX_SECRET);
            HttpResponse<String> answer = post(withoutStore, path, BODY, gx, signed);
            statuses.add(answer.statusCode());
            JsonNode problem = problem(answer, 503, "PARTNER_SIGNATURE_UNAVAILABLE");
            assertThat(problem.path("detail").asString()).isEqualTo("暂时无法校验合作方请求，请稍后使用新的随机数重试");
        }
        assertThat(statuses).containsOnly(503);
        assertThat(backend.count(path)).as("never forwarded unchecked").isZero();
        assertThat(replicas.get(withoutStore, "/api/cases/1", "Authorization", "Bearer " + keys.mint("clerk1", "CLERK"))
                .statusCode()).as("other routes are served (the limiter fails open)").isEqualTo(200);
    }

    @Test
    void aGuarantorsSm2SignedPushReachesTradingServiceWithItsBodyIntact() {
        String g1 = "Bearer " + keys.mint("guarantor1", "GUARANTOR");
        String path = "/api/guarantor/guarantees";
        SignedHeaders signed = PartnerSigner.sign("POST", path, GUARANTEE, "g1-sm2", PartnerSigner.SM2,
                GUARANTOR_SM2[0]);
        HttpResponse<String> answer = post(a, path, GUARANTEE, g1, signed);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(backend.last(path).body()).isEqualTo(GUARANTEE.getBytes(StandardCharsets.UTF_8));
        assertThat(backend.last(path).headers().getFirst("Authorization")).isEqualTo(g1);
        problem(post(b, path, GUARANTEE, g1, signed), 401, "PARTNER_NONCE_REUSED");
        assertThat(backend.count(path)).as("the replay never reached trading-service").isEqualTo(1);
    }

    @Test
    void guarantorsAndPartnersEachSignWithTheirOwnRingOnTheirOwnRoute() {
        String g1 = "Bearer " + keys.mint("guarantor1", "GUARANTOR");
        String path = "/api/guarantor/guarantees/rings";
        SignedHeaders partnerKey = PartnerSigner.sign("POST", path, GUARANTEE, "gx-sm2", PartnerSigner.SM2, SM2[0]);
        HttpResponse<String> refused = post(a, path, GUARANTEE, g1, partnerKey);
        problem(refused, 401, "PARTNER_KEY_UNKNOWN");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("PartnerSignature realm=\"guarantor\"");
        problem(replicas.send(b, "POST", path, GUARANTEE, "Authorization", g1, "Content-Type", "application/json"),
                401, "PARTNER_SIGNATURE_INVALID");
        SignedHeaders guarantorKey = PartnerSigner.sign("POST", path, GUARANTEE, "g1-sm2", PartnerSigner.SM2,
                GUARANTOR_SM2[0]);
        problem(post(a, path, GUARANTEE, gx, guarantorKey), 403, "FORBIDDEN");
        problem(post(b, path, GUARANTEE, "Bearer " + keys.mint("bidder1", "BIDDER"), guarantorKey), 403, "FORBIDDEN");
        assertThat(backend.count(path)).as("nothing refused reached trading-service").isZero();

        String partnerPath = "/api/partner/cases/by-guarantor";
        SignedHeaders onPartnerRoute = PartnerSigner.sign("POST", partnerPath, BODY, "g1-sm2", PartnerSigner.SM2,
                GUARANTOR_SM2[0]);
        problem(post(a, partnerPath, BODY, g1, onPartnerRoute), 403, "FORBIDDEN");
        SignedHeaders gxWithGuarantorKey = PartnerSigner.sign("POST", partnerPath, BODY, "g1-sm2", PartnerSigner.SM2,
                GUARANTOR_SM2[0]);
        problem(post(b, partnerPath, BODY, gx, gxWithGuarantorKey), 401, "PARTNER_KEY_UNKNOWN");
        assertThat(backend.count(partnerPath)).isZero();
    }

    // ---------------------------------------------------------------- helpers

    static HttpResponse<String> post(ConfigurableApplicationContext replica, String path, String body, String token,
            SignedHeaders signed, String... more) {
        List<String> headers = new ArrayList<>(List.of("Authorization", token, "Content-Type", "application/json"));
        headers.addAll(List.of(signed.toArray()));
        headers.addAll(List.of(more));
        return replicas.send(replica, "POST", path, body, headers.toArray(String[]::new));
    }

    static String[] with(SignedHeaders signed, String... more) {
        List<String> headers = new ArrayList<>(List.of(signed.toArray()));
        headers.addAll(List.of(more));
        return headers.toArray(String[]::new);
    }

    static JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("type").asString()).isEqualTo("urn:gov:problem:" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    static String[] sm2KeyPair() {
        ECNamedDomainParameters sm2 = new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1,
                GMNamedCurves.getByName("sm2p256v1"));
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(sm2, new SecureRandom()));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        try {
            return new String[] {
                    Base64.getEncoder().encodeToString(PrivateKeyInfoFactory.createPrivateKeyInfo(pair.getPrivate()).getEncoded()),
                    Base64.getEncoder().encodeToString(
                            SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pair.getPublic()).getEncoded())};
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
