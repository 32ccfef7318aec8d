package org.example.gov.platform.security;

import org.example.gov.platform.scope.Reach;

/**
 * The platform's roles as they appear in the JWT {@code roles} claim (see DOMAIN.md §1), each with how far it reaches
 * over regions and departments ({@link org.example.gov.platform.scope.ScopePolicy} applies it in every service).
 */
public enum Role {
    APPLICANT(Reach.OWN),
    /** Window clerk: 前台综合受理 for every department of their region's halls. */
    CLERK(Reach.REGION),
    /** Back office of one department of one region. */
    APPROVER(Reach.DEPARTMENT),
    /**
     * Maintains the implementation items of their region and the regions below it (the provincial service
     * administration maintains the province's catalogue, DOMAIN.md §1).
     */
    CATALOG_MAINTAINER(Reach.REGION_AND_BELOW),
    /** Reviews the items of their region and the regions below it (never their own drafts). */
    CATALOG_REVIEWER(Reach.REGION_AND_BELOW),
    /** 电子监察 / 督查: their region and everything below it; at 440000 the province. */
    SUPERVISOR(Reach.REGION_AND_BELOW),
    OPERATOR(Reach.REGION_AND_BELOW),
    /** A 12345 centre's agent: the tickets of the centre's region and below. */
    HOTLINE_AGENT(Reach.REGION_AND_BELOW),
    /** A department handling dispatched 12345 tickets. */
    HOTLINE_HANDLER(Reach.DEPARTMENT),
    TRADING_STAFF(Reach.REGION_AND_BELOW),
    BIDDER(Reach.OWN),
    PARTNER(Reach.OWN),
    /**
     * A rating device mounted on a hall window (一次一评): not a person; its token's subject is the window id, and it may
     * only read and rate the window service currently open at that window.
     */
    WINDOW_DEVICE(Reach.OWN);

    private final Reach reach;

    Role(Reach reach) {
        this.reach = reach;
    }

    public Reach reach() {
        return reach;
    }
}
