package org.example.gov.gateway.partner;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys partner cities sign their requests with, per partner id (the subject of its PARTNER token):
 * <pre>
 * platform.partners.partner-gx.keys[0].id=gx-2025
 * platform.partners.partner-gx.keys[0].scheme=SM2
 * platform.partners.partner-gx.keys[0].public-key=-----BEGIN PUBLIC KEY----- ...
 * platform.partners.partner-gx.keys[1].id=gx-2024
 * platform.partners.partner-gx.keys[1].scheme=HMAC-SHA256
 * platform.partners.partner-gx.keys[1].secret=${PARTNER_GX_SECRET}
 * </pre>
 * None by default: production keys come from a mounted secret (see application.yml); the demo partner's are in
 * application-local.yml. {@link PartnerKeyRing} checks them at start.
 */
@ConfigurationProperties("platform")
public record PartnerKeysProperties(Map<String, Partner> partners) {

    public PartnerKeysProperties {
        partners = partners == null ? Map.of() : Map.copyOf(partners);
    }

    public record Partner(List<Key> keys) {

        public Partner {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    /**
     * @param id        what the partner sends as {@code X-Partner-Key-Id}; unique over all partners
     * @param scheme    HMAC-SHA256 or SM2
     * @param secret    HMAC-SHA256: the shared secret (its UTF-8 bytes are the HMAC key), at least 32 characters
     * @param publicKey SM2: the partner's public key, PEM ("PUBLIC KEY") or base64 of its DER or of the raw 04|X|Y point
     * @param userId    SM2: the signer's user id (ZA), default {@value PartnerKeyRing#DEFAULT_SM2_USER_ID}
     */
    public record Key(String id, SignatureScheme scheme, String secret, String publicKey, String userId) {

        /** Never print the secret (configuration dumps, logs). */
        @Override
        public String toString() {
            return "Key[id=" + id + ", scheme=" + scheme + (secret == null ? "" : ", secret=***") + "]";
        }
    }
}
