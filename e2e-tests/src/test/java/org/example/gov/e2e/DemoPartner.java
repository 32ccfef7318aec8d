package org.example.gov.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.example.gov.testsupport.PartnerSigner;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * A demo machine client of the local profile as it signs its calls: the partner city partner-gx on /api/partner/**
 * (its HMAC-SHA256 key) or the guarantor guarantor1 on /api/guarantor/** (its SM2 key), read from the gateway's
 * application-local.yml (the only place the demo keys are written down), so these tests use exactly what the running
 * gateway was started with.
 */
record DemoPartner(String partnerId, String keyId, String scheme, String secret) {

    static DemoPartner load(Path repositoryRoot) {
        Properties properties = localProfile(repositoryRoot);
        return new DemoPartner(properties.getProperty("demo-partner-client.partner-id"),
                properties.getProperty("demo-partner-client.hmac-key-id"), PartnerSigner.HMAC_SHA256,
                properties.getProperty("demo-partner-client.hmac-secret"));
    }

    static DemoPartner guarantor(Path repositoryRoot) {
        Properties properties = localProfile(repositoryRoot);
        return new DemoPartner(properties.getProperty("demo-guarantor-client.guarantor-id"),
                properties.getProperty("demo-guarantor-client.sm2-key-id"), PartnerSigner.SM2,
                properties.getProperty("demo-guarantor-client.sm2-private-key"));
    }

    private static Properties localProfile(Path repositoryRoot) {
        Path yml = repositoryRoot.resolve("gateway/src/main/resources/application-local.yml");
        if (!Files.isRegularFile(yml)) {
            throw new IllegalStateException("no " + yml + ": the demo partner's keys are written there");
        }
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(yml));
        return yaml.getObject();
    }

    /** The signature headers (name, value, ...) for one call, signed now with a fresh nonce. */
    String[] sign(String method, String pathWithQuery, String body) {
        return PartnerSigner.sign(method, pathWithQuery, body, keyId, scheme, secret).toArray();
    }
}
