package org.example.gov.hotline.duplicate;

import java.time.Duration;

/**
 * 重复件 (c) (platform.hotline.nearby-duplicates.*): another caller's ticket of the same category within
 * {@code distanceMetres} (by coordinates) or at the same normalised address, received at most {@code window} before,
 * is suggested to the centre as the same matter. At most {@code maxCandidates}, the nearest first.
 */
public record NearbyPolicy(int distanceMetres, Duration window, int maxCandidates) {

    public static final NearbyPolicy DEFAULT = new NearbyPolicy(250, Duration.ofDays(7), 10);

    public NearbyPolicy {
        if (distanceMetres <= 0 || window == null || window.isNegative() || window.isZero() || maxCandidates <= 0) {
            throw new IllegalArgumentException("invalid nearby-duplicate policy");
        }
    }
}
