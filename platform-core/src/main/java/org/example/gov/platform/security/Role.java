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
    /** A public-resource trading centre's staff: the tenders of their region and below (opening, failures on the platform's side). */
    TRADING_STAFF(Reach.REGION_AND_BELOW),
    /** 招标人 / 采购人: an organisation (the token's subject) acting on the projects it tenders. */
    TENDEREE(Reach.OWN),
    /** 招标代理 / 采购代理机构: an agency (the token's subject) acting on the projects a tenderee entrusted to it. */
    TENDER_AGENT(Reach.OWN),
    /** 投标人 / 供应商: an organisation (the token's subject); sees only its own bids and what is published. */
    BIDDER(Reach.OWN),
    /** A bank, insurer or guarantee company issuing electronic bid guarantees (电子投标保函), machine to machine. */
    GUARANTOR(Reach.OWN),
    /**
     * 评标专家: a person of the expert pool (the token's subject, linked to their pool entry by trading-centre staff);
     * acts only in the evaluations of the committees they are seated on now.
     */
    EXPERT(Reach.OWN),
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
