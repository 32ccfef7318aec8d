package org.example.gov.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.example.gov.gateway.TestKeys;
import org.example.gov.gateway.partner.PartnerSignatureFilter;
import org.example.gov.testsupport.PartnerSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * ID and mobile numbers reach the gateway's console (ECS JSON, its production format) only masked, as in the
 * services (platform-core logging/): in the gateway's own log lines (a refused partner request logs its path), in
 * messages and in stack traces.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "RATE_LIMIT_ENABLED=false"})
class GatewayLogMaskingTest {

    static final String ID = "11010519491231002X";
    static final String ID_MASKED = "110***********002X";
    static final String MOBILE = "13812345678";
    static final String MOBILE_MASKED = "138****5678";
    static final TestKeys keys = TestKeys.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("JWT_PUBLIC_KEY_LOCATION", keys::publicKeyLocation);
    }

    @LocalServerPort
    int port;

    @Test
    void aRefusedPartnerRequestLogsItsPathWithTheMobileNumberMasked(CapturedOutput output) {
        String path = "/api/partner/callers/" + MOBILE;
        WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(15)).build()
                .get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("partner-mask", "PARTNER"))
                .headers(h -> {
                    String[] signed = PartnerSigner.sign("GET", path, null, "no-such-key", PartnerSigner.HMAC_SHA256,
                            "irrelevant-secret-0123456789abcdef").toArray();
                    for (int i = 0; i + 1 < signed.length; i += 2) {
                        h.add(signed[i], signed[i + 1]);
                    }
                })
                .exchange().expectStatus().isUnauthorized();

        String logged = output.getOut() + output.getErr();
        assertThat(logged).contains("\"ecs\"").contains("Partner request refused")
                .contains("/api/partner/callers/" + MOBILE_MASKED).doesNotContain(MOBILE);
    }

    @Test
    void messagesAndStackTracesShowOnlyMaskedNumbers(CapturedOutput output) {
        // raw strings, as careless code would log them
        LoggerFactory.getLogger(PartnerSignatureFilter.class).warn("caller {} phone {}", ID, MOBILE,
                new IllegalStateException("duplicate caller " + ID + " / " + MOBILE));

        String logged = output.getOut() + output.getErr();
        assertThat(logged).contains("caller " + ID_MASKED + " phone " + MOBILE_MASKED)
                .contains("duplicate caller " + ID_MASKED + " / " + MOBILE_MASKED)
                .doesNotContain(ID).doesNotContain(MOBILE);
    }
}
