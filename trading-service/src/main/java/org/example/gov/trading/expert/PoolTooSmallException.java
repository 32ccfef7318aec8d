package org.example.gov.trading.expert;

import org.example.gov.platform.problem.BusinessRuleViolationException;

/**
 * 422 COMMITTEE_POOL_TOO_SMALL: fewer eligible experts than seats to fill. The problem carries {@code eligible} and
 * {@code needed}; the committee is never drawn smaller.
 */
public class PoolTooSmallException extends BusinessRuleViolationException {

    public PoolTooSmallException(int eligible, int needed, int poolSize) {
        super("COMMITTEE_POOL_TOO_SMALL", "specialty", "Only " + eligible + " eligible experts (of " + poolSize
                + " in the pool) for " + needed + " seats: the committee cannot be drawn", eligible, needed, poolSize);
        property("eligible", eligible);
        property("needed", needed);
        property("poolSize", poolSize);
    }
}
