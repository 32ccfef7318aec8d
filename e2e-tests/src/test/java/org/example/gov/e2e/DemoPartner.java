package org.example.gov.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.example.gov.testsupport.PartnerSigner;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The demo partner city partner-gx as a client: it signs its calls to /api/partner/** with the demo HMAC-SHA256 key,
 * read from the gateway's application-local.yml (the only place the demo keys are written down), so these tests use
 * exactly what the running gateway was started with.
 */
record DemoPartner(String partnerId, String keyId, String secret) {

    static DemoPartner load(Path repositoryRoot) {
        Path yml = repositoryRoot.resolve("gateway/src/main/resources/application-local.yml");
        if (!Files.isRegularFile(yml)) {
            throw new IllegalStateException("no " + yml + ": the demo partner's keys are written there");
        }
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(yml));
        Properties properties = yaml.getObject();
        return new DemoPartner(properties.getProperty("demo-partner-client.partner-id"),
                properties.getProperty("demo-partner-client.hmac-key-id"),
                properties.getProperty("demo-partner-client.hmac-secret"));
    }

    /** The signature headers (name, value, ...) for one call, signed now with a fresh nonce. */
    String[] sign(String method, String pathWithQuery, String body) {
        return PartnerSigner.sign(method, pathWithQuery, body, keyId, PartnerSigner.HMAC_SHA256, secret).toArray();
    }
}
