package org.example.gov.hotline.open311;

import java.util.List;

/**
 * An Open311 client as configured ({@code platform.hotline.open311.clients.<client-id>}): app or partner, its name,
 * and the SHA-256 (hex) of each api_key it holds — two while it rotates. Never the key itself.
 */
public record ConfiguredClient(ClientKind kind, String name, List<String> keySha256) {
}
