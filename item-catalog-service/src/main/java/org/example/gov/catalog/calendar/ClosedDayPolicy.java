package org.example.gov.catalog.calendar;

import java.util.Set;

import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;

/**
 * Who may change a region's closed days: an operator whose scope covers the region (an operator reaches their region
 * and every region below it, so a 440000 operator the whole province, a 广州 440100 one never a 深圳 440300 hall).
 * Closed days are public, so refusing with 403 hides nothing. The national holiday schedule is for any operator
 * (function-level check on the endpoint).
 */
final class ClosedDayPolicy {

    private ClosedDayPolicy() {
    }

    static void requireOperatorReaches(Actor operator, String region) {
        if (!ScopePolicy.of(operator, Set.of(Role.OPERATOR)).covers(region, null)) {
            throw new ForbiddenException("CALENDAR_REGION_OUT_OF_SCOPE", "region",
                    "The region " + region + " is outside the operator's scope", region);
        }
    }
}
