package org.example.gov.platform.security;

/** The platform's roles as they appear in the JWT {@code roles} claim (see DOMAIN.md §1). */
public enum Role {
    APPLICANT,
    CLERK,
    APPROVER,
    CATALOG_MAINTAINER,
    CATALOG_REVIEWER,
    SUPERVISOR,
    OPERATOR,
    HOTLINE_AGENT,
    HOTLINE_HANDLER,
    TRADING_STAFF,
    BIDDER,
    PARTNER,
    /**
     * A rating device mounted on a hall window (一次一评): not a person; its token's subject is the window id, and it may
     * only read and rate the window service currently open at that window.
     */
    WINDOW_DEVICE
}
