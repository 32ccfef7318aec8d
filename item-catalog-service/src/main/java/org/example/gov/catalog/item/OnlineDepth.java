package org.example.gov.catalog.item;

/** 网办深度, in increasing order: from FULLY_ONLINE (全程网办) on, the applicant never has to come on site. */
public enum OnlineDepth {
    CONSULT, ONLINE_SUBMISSION, ONLINE_PRE_REVIEW, ONLINE_ACCEPTANCE, FULLY_ONLINE, RESULT_ONLINE, E_LICENCE;

    public boolean fullyOnline() {
        return compareTo(FULLY_ONLINE) >= 0;
    }
}
