package org.example.gov.trading.integrity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tunable part of {@link CollusionRules} (platform.trading.integrity, README-integrity.md).
 *
 * @param minPriceSequence  how many opened prices must follow one step or ratio to warn (≥ 3: any two prices have "a"
 *                          step)
 * @param stepTolerance     how far (yuan) a price may be off the constant step and still count as on it; 0.00 = exactly
 * @param ratioTolerance    how far (relative) a price may be off the constant ratio; the default 0.000001 absorbs the
 *                          rounding to fen of prices computed as "the last one × 0.98", nothing more
 * @param ignoredAddresses  client addresses never flagged as shared (the trading centre's own terminals, a known
 *                          carrier-grade NAT), lower case
 * @param ignoredAuthors    document authors never flagged as shared because office suites fill them in by default
 *                          ("Administrator", "微软用户"...), compared in lower case
 */
public record CollusionThresholds(int minPriceSequence, BigDecimal stepTolerance, BigDecimal ratioTolerance,
        Set<String> ignoredAddresses, Set<String> ignoredAuthors) {

    public static final Set<String> DEFAULT_IGNORED_AUTHORS = Set.of("administrator", "admin", "user", "author",
            "unknown", "微软用户", "微软中国", "microsoft office user", "microsoft office 用户", "owner", "lenovo", "dell",
            "hp", "china");

    public static final CollusionThresholds DEFAULT = new CollusionThresholds(3, new BigDecimal("0.00"),
            new BigDecimal("0.000001"), Set.of(), DEFAULT_IGNORED_AUTHORS);

    public CollusionThresholds {
        if (minPriceSequence < 3) {
            throw new IllegalArgumentException("minPriceSequence must be at least 3, is " + minPriceSequence);
        }
        if (stepTolerance == null || stepTolerance.signum() < 0 || ratioTolerance == null || ratioTolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerances are zero or positive");
        }
        ignoredAddresses = lower(ignoredAddresses);
        ignoredAuthors = lower(ignoredAuthors);
    }

    private static Set<String> lower(Set<String> values) {
        return values == null ? Set.of()
                : values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
