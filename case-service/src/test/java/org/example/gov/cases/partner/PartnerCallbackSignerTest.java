package org.example.gov.cases.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The signature recipe partners implement: hex(HMAC-SHA256(secret, timestamp + "." + nonce + "." + body)). */
class PartnerCallbackSignerTest {

    @Test
    void signatureIsTheHexHmacOfTimestampDotNonceDotBodyAsOpensslComputesIt() {
        // printf '%s' '1759800000.n0nce-0123456789abcdef.{"caseId":"c1","status":"受理"}' \
        //   | openssl dgst -sha256 -hmac 'partner-secret'
        assertThat(CallbackSigner.sign("partner-secret", 1759800000L, "n0nce-0123456789abcdef",
                "{\"caseId\":\"c1\",\"status\":\"受理\"}"))
                .isEqualTo("37e2ae621b0bda15694a2ceb699913d8660b282329a141abd47ce6d6ca6f2812");
    }

    @Test
    void anotherTimestampNonceBodyOrSecretGivesAnotherSignature() {
        String nonce = "n0nce-0123456789abcdef";
        String signature = CallbackSigner.sign("partner-secret", 1759800000L, nonce, "{}");
        assertThat(CallbackSigner.sign("partner-secret", 1759800001L, nonce, "{}")).isNotEqualTo(signature);
        assertThat(CallbackSigner.sign("partner-secret", 1759800000L, "n0nce-0123456789abcdeF", "{}"))
                .isNotEqualTo(signature);
        assertThat(CallbackSigner.sign("partner-secret", 1759800000L, nonce, "{ }")).isNotEqualTo(signature);
        assertThat(CallbackSigner.sign("other-secret", 1759800000L, nonce, "{}")).isNotEqualTo(signature);
    }

    @Test
    void everyNonceIsNewAndOfTheAlphabetPartnersAccept() {
        java.util.Set<String> nonces = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String nonce = CallbackSigner.newNonce();
            assertThat(nonce).matches("[A-Za-z0-9_-]{16,64}");
            nonces.add(nonce);
        }
        assertThat(nonces).hasSize(1000);
    }
}
