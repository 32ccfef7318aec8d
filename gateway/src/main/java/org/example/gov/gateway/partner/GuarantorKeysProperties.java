package org.example.gov.gateway.partner;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys guarantors (banks, insurers, guarantee companies issuing 电子投标保函, issue 14) sign their calls to
 * {@code /api/guarantor/**} with, per guarantor id (the subject of its GUARANTOR token), in the same form as the
 * partners' ({@link PartnerKeysProperties.Key}):
 * <pre>
 * platform.guarantors.guarantor1.keys[0].id=g1-2026
 * platform.guarantors.guarantor1.keys[0].scheme=SM2
 * platform.guarantors.guarantor1.keys[0].public-key=-----BEGIN PUBLIC KEY----- ...
 * </pre>
 * A ring of their own: a partner city's key never signs a guarantor call, nor the reverse. None by default; the demo
 * guarantor's are in application-local.yml.
 */
@ConfigurationProperties("platform")
public record GuarantorKeysProperties(Map<String, PartnerKeysProperties.Partner> guarantors) {

    public GuarantorKeysProperties {
        guarantors = guarantors == null ? Map.of() : Map.copyOf(guarantors);
    }
}
