package org.example.gov.hotline.open311;

import java.util.List;

import org.example.gov.platform.scope.RegionCode;

/**
 * GeoReport v2's {@code jurisdiction_id} is a GB/T 2260 region code here. The configured regions and every region
 * below them are known (a province's platform: its code); anything else answers 404 as the specification says. A
 * POST without one files the ticket in the default jurisdiction.
 */
public record Jurisdictions(List<RegionCode> served, RegionCode defaultJurisdiction) {

    /** A known jurisdiction, or null when none is given; 404 for an unknown one. */
    public RegionCode check(String jurisdictionId) {
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            return null;
        }
        return RegionCode.parse(jurisdictionId.strip())
                .filter(region -> served.stream().anyMatch(s -> s.contains(region)))
                .orElseThrow(() -> Open311Exception.notFound("jurisdiction_id not found"));
    }

    public RegionCode forSubmission(String jurisdictionId) {
        RegionCode given = check(jurisdictionId);
        return given != null ? given : defaultJurisdiction;
    }
}
