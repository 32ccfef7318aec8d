package org.example.gov.hotline.open311.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.example.gov.hotline.open311.ConfiguredClient;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.hotline.open311.*}: the jurisdictions served (region codes; every region below them too), the one a
 * POST without {@code jurisdiction_id} files in, and the clients allowed to POST — each
 * {@code clients.<client-id>: {kind: APP|PARTNER, name, key-sha256: [hex, ...]}}. Only the SHA-256 of an api_key is
 * ever configured (the key itself is handed to the client once and kept nowhere here); two hashes let a client
 * rotate its key without a gap. {@code list-cache-ttl}: how long a rendered public list is kept;
 * {@code concurrent-list-renders}: how many lists are built at once, {@code list-render-wait}: how long a request
 * waits for its turn before 503 (Open311ListCache).
 */
@ConfigurationProperties("platform.hotline.open311")
public record Open311Properties(List<String> jurisdictions, String defaultJurisdiction,
        Map<String, ConfiguredClient> clients, Duration listCacheTtl, Integer concurrentListRenders,
        Duration listRenderWait) {
}
