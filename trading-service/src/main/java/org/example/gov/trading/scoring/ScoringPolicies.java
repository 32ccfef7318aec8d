package org.example.gov.trading.scoring;

import java.util.Map;
import java.util.Optional;

import org.example.gov.platform.scope.RegionCode;

/**
 * The scoring policy of each region: a region's own when an operator configured one, else its nearest configured
 * ancestor's (福田区 440304 → 深圳市 440300 → 广东省 440000), else the deployment's.
 */
public record ScoringPolicies(ScoringPolicy deployment, Map<String, ScoringPolicy> byRegion) {

    public ScoringPolicies {
        byRegion = Map.copyOf(byRegion);
    }

    public static ScoringPolicies of(ScoringPolicy only) {
        return new ScoringPolicies(only, Map.of());
    }

    public ScoringPolicy forRegion(String region) {
        Optional<RegionCode> code = region == null ? Optional.empty() : RegionCode.parse(region);
        while (code.isPresent()) {
            ScoringPolicy p = byRegion.get(code.get().value());
            if (p != null) {
                return p;
            }
            code = code.get().parent();
        }
        return deployment;
    }
}
