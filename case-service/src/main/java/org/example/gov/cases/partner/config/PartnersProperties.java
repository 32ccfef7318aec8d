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
 * </pre>
 * A partner without callback URL or secret may forward and query; its callbacks are recorded and wait until both
 * are configured (then they go out in order, nothing is lost).
 */
@ConfigurationProperties("platform.cases")
public record PartnersProperties(Map<String, Partner> partners) {

    public PartnersProperties {
        partners = partners == null ? Map.of() : Map.copyOf(partners);
    }

    public record Partner(String name, String callbackUrl, String secret) {

        public boolean receivesCallbacks() {
            return callbackUrl != null && !callbackUrl.isBlank() && secret != null && !secret.isBlank();
        }

        /** Never print the secret (configuration dumps, logs). */
        @Override
        public String toString() {
            return "Partner[name=" + name + ", callbackUrl=" + callbackUrl + ", secret=***]";
        }
    }
}
