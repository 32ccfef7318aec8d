package org.example.gov.evaluation.invitation;

/**
 * 一事一评: a case may be rated once online at receipt and once at completion (each through an invitation). 一次一评:
 * every service occurrence at a window is rated once on the window device ({@code ON_SITE}, any number per case).
 * {@code TICKET}: a 12345 ticket that is not about a case, its department's handling rated in the call-back (once per
 * call-back).
 */
public enum Stage {
    RECEIPT,
    COMPLETION,
    ON_SITE,
    TICKET
}
