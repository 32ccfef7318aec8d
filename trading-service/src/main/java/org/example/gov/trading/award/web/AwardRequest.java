package org.example.gov.trading.award.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.gov.trading.award.DeviationGround;

/**
 * The candidate awarded; when it is not the first and the first-candidate rule binds the lot, the statutory ground and
 * the reason.
 */
public record AwardRequest(@NotBlank @Size(max = 64) String bidId, DeviationGround ground,
        @Size(max = 1000) String reason) {
}
