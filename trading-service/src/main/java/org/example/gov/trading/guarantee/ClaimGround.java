package org.example.gov.trading.guarantee;

/** Why a bid security is forfeited: the two grounds of 招标投标法实施条例 a guarantee may be claimed on. */
public enum ClaimGround {
    /** 第35条: a bidder that withdraws its bid after the bid deadline forfeits its security. */
    WITHDREW_AFTER_DEADLINE,
    /** 第74条: the successful bidder refuses to sign the contract (or to furnish the performance security). */
    REFUSED_TO_SIGN
}
