package org.example.gov.trading.inspection;

/** Why an inspector is not assigned to a drawn project; the order of the constants is the order of the checks. */
public enum RecusalReason {
    /** The inspector's own account is the project's tenderee, agent or an awarded bidder. */
    ACCOUNT_IS_PARTY,
    /** The organisation the inspector's department acts as is the tenderee, agent or an awarded bidder. */
    OWN_ORGANISATION_IS_PARTY,
    /** The inspector declared a tie to the tenderee, agent or an awarded bidder. */
    DECLARED_TIE_TO_PARTY
}
