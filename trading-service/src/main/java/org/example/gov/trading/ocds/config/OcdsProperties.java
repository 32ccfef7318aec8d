package org.example.gov.trading.ocds.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * platform.trading.ocds.*: the OCID prefix the Open Contracting Partnership registered for this publisher
 * ({@code ocds-} and six characters; an OCID is the prefix, a dash and the project id), and who publishes, under
 * which licence and policy (the package metadata every consumer reads first).
 */
@ConfigurationProperties("platform.trading.ocds")
public record OcdsProperties(String ocidPrefix, String publisherName, String publisherUri, String license,
        String publicationPolicy) {

    public OcdsProperties {
        ocidPrefix = ocidPrefix == null || ocidPrefix.isBlank() ? "ocds-gd0000" : ocidPrefix;
        publisherName = publisherName == null || publisherName.isBlank() ? "公共资源交易平台" : publisherName;
        if (!ocidPrefix.matches("ocds-[a-z0-9]{6}")) {
            // OCDS: "ocds-" followed by the six characters the Open Contracting Partnership assigned
            throw new IllegalArgumentException("platform.trading.ocds.ocid-prefix must read ocds-xxxxxx, not " + ocidPrefix);
        }
    }
}
