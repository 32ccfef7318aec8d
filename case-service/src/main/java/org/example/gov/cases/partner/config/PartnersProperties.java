package org.example.gov.cases.partner.config;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The partner cities this platform works with, keyed by the partner id that is the subject of their client
 * credential (a PARTNER token):
 * <pre>
 * platform.cases.partners.partner-gx.name=南宁市政务服务平台
 * platform.cases.partners.partner-gx.callback-url=https://zwfw.nanning.example/callbacks/gd
 * platform.cases.partners.partner-gx.secret=${PARTNER_GX_SECRET}
 * platform.cases.partners.partner-gx.callback-key-id=gx-callback-2025
 * </pre>
 * A partner without callback URL or secret may forward and query; its callbacks are recorded and wait until both
 * are configured (then they go out in order, nothing is lost). Callback URLs must be https:// outside the local
 * profile ({@link CallbackUrlGuard}).
 */
@ConfigurationProperties("platform.cases")
public record PartnersProperties(Map<String, Partner> partners) {

    public PartnersProperties {
        partners = partners == null ? Map.of() : Map.copyOf(partners);
    }

    /**
     * @param callbackKeyId the id of {@code secret}, sent as {@code X-Partner-Key-Id} so the partner knows which secret
     *                      to check with while one is rotated; {@value #DEFAULT_CALLBACK_KEY_ID} when not configured
     */
    public record Partner(String name, String callbackUrl, String secret, String callbackKeyId) {

        public static final String DEFAULT_CALLBACK_KEY_ID = "default";

        public String callbackKeyIdOrDefault() {
            return callbackKeyId == null || callbackKeyId.isBlank() ? DEFAULT_CALLBACK_KEY_ID : callbackKeyId;
        }

        public boolean receivesCallbacks() {
            return callbackUrl != null && !callbackUrl.isBlank() && secret != null && !secret.isBlank();
        }

        /** Never print the secret (configuration dumps, logs). */
        @Override
        public String toString() {
            return "Partner[name=" + name + ", callbackUrl=" + callbackUrl + ", secret=***, callbackKeyId="
                    + callbackKeyId + "]";
        }
    }
}
