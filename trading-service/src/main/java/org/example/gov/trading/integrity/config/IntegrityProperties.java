package org.example.gov.trading.integrity.config;

import java.math.BigDecimal;
import java.util.Set;

/**
 * platform.trading.integrity: the collusion warnings' thresholds ({@code CollusionThresholds}, README-integrity.md);
 * what is left out keeps the default.
 */
@org.springframework.boot.context.properties.ConfigurationProperties("platform.trading.integrity")
public record IntegrityProperties(Integer minPriceSequence, BigDecimal priceStepTolerance,
        BigDecimal priceRatioTolerance, Set<String> ignoredAddresses, Set<String> ignoredAuthors) {
}
