package org.example.gov.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A misconfigured key stops the gateway at start, with every problem named; a good ring finds keys per partner. */
class PartnerKeyRingTest {

    static final String SECRET = "s".repeat(32);

    static PartnerKeysProperties.Key hmac(String id, String secret) {
        return new PartnerKeysProperties.Key(id, SignatureScheme.HMAC_SHA256, secret, null, null);
    }

    @Test
    void keysAreFoundOnlyForTheirOwnPartner() {
        PartnerKeyRing ring = PartnerKeyRing.of(new PartnerKeysProperties(Map.of(
                "partner-gx", new PartnerKeysProperties.Partner(List.of(hmac("gx-1", SECRET), new PartnerKeysProperties.Key(
                        "gx-2", SignatureScheme.SM2, null, StringToSignAndVerifiersTest.SM2_PUBLIC, null))),
                "partner-zj", new PartnerKeysProperties.Partner(List.of(hmac("zj-1", SECRET))))));
        assertThat(ring.size()).isEqualTo(3);
        assertThat(ring.find("partner-gx", "gx-2")).hasValueSatisfying(k -> assertThat(k.scheme()).isEqualTo(SignatureScheme.SM2));
        assertThat(ring.find("partner-gx", "zj-1")).as("another partner's key").isEmpty();
        assertThat(ring.find("partner-gx", "gx-3")).isEmpty();
    }

    @Test
    void misconfiguredKeysStopTheStartWithEveryProblemListed() throws Exception {
        KeyPairGenerator p256 = KeyPairGenerator.getInstance("EC");
        p256.initialize(new ECGenParameterSpec("secp256r1"));
        String notSm2 = Base64.getEncoder().encodeToString(p256.generateKeyPair().getPublic().getEncoded());
        PartnerKeysProperties properties = new PartnerKeysProperties(Map.of(
                "partner-gx", new PartnerKeysProperties.Partner(List.of(hmac("gx-1", SECRET), hmac("gx-2", SECRET),
                        hmac("gx-3", SECRET))),
                "partner-zj", new PartnerKeysProperties.Partner(List.of(hmac("gx-1", SECRET), hmac("zj-short", "short"),
                        new PartnerKeysProperties.Key("zj-p256", SignatureScheme.SM2, null, notSm2, null))),
                "partner-hn", new PartnerKeysProperties.Partner(List.of(new PartnerKeysProperties.Key("hn 1", null, null,
                        null, null)))));
        assertThatThrownBy(() -> PartnerKeyRing.of(properties)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("platform.partners.partner-gx.keys: at most 2 active keys")
                .hasMessageContaining("'gx-1' is already a key of")
                .hasMessageContaining("platform.partners.partner-zj.keys[1].secret: an HMAC-SHA256 key needs a secret of at least 32")
                .hasMessageContaining("platform.partners.partner-zj.keys[2].public-key: not a key on the SM2 curve")
                .hasMessageContaining("platform.partners.partner-hn.keys[0].id")
                .hasMessageNotContaining(SECRET);
    }
}
