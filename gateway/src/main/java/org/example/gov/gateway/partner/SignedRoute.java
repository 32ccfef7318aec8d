package org.example.gov.gateway.partner;

import org.example.gov.gateway.audit.GatewayAudit;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A route whose callers are machines that sign every request (see {@link PartnerSignatureFilter}): its paths, the
 * role a caller must hold there, the audit reason when it does not, and the realm named in WWW-Authenticate.
 */
public record SignedRoute(String name, PathPattern paths, String authority, String roleRefusal, String realm) {

    /** Partner cities (跨省通办, issue 12). */
    public static final SignedRoute PARTNER = new SignedRoute("Partner", parse("/api/partner/**"), "ROLE_PARTNER",
            GatewayAudit.PARTNER_ROLE_REQUIRED, "partner");

    /** Guarantors pushing electronic bid guarantees (电子投标保函, issue 14) to trading-service. */
    public static final SignedRoute GUARANTOR = new SignedRoute("Guarantor", parse("/api/guarantor/**"),
            "ROLE_GUARANTOR", GatewayAudit.GUARANTOR_ROLE_REQUIRED, "guarantor");

    private static PathPattern parse(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
