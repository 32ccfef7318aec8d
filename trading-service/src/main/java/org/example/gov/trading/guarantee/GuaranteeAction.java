package org.example.gov.trading.guarantee;

/** The named steps on a guarantee, as the API and a 409's allowed list name them. */
public enum GuaranteeAction {
    /** the bidder presents the guarantee document; the platform checks it against the lot and the guarantor's push */
    VERIFY("verification"),
    /** after the award / contract, or when the lot ends without one: the guarantor's liability ends */
    RELEASE("release"),
    /** 理赔: trading staff record why the bidder forfeits its security */
    CLAIM("claim");

    private final String label;

    GuaranteeAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
