package org.example.gov.cases.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The signature recipe partners implement: hex(HMAC-SHA256(secret, timestamp + "." + body)). */
class PartnerCallbackSignerTest {

    @Test
    void signatureIsTheHexHmacOfTimestampDotBodyAsOpensslComputesIt() {
        // printf '%s' '1759800000.{"caseId":"c1","status":"受理"}' | openssl dgst -sha256 -hmac 'partner-secret'
        assertThat(CallbackSigner.sign("partner-secret", 1759800000L, "{\"caseId\":\"c1\",\"status\":\"受理\"}"))
                .isEqualTo("a5a60f97ed76ea039e7748e162db209305738a09c2e834fb2784ecbd31352f57");
    }

    @Test
    void anotherTimestampBodyOrSecretGivesAnotherSignature() {
        String signature = CallbackSigner.sign("partner-secret", 1759800000L, "{}");
        assertThat(CallbackSigner.sign("partner-secret", 1759800001L, "{}")).isNotEqualTo(signature);
        assertThat(CallbackSigner.sign("partner-secret", 1759800000L, "{ }")).isNotEqualTo(signature);
        assertThat(CallbackSigner.sign("other-secret", 1759800000L, "{}")).isNotEqualTo(signature);
    }
}
