package org.example.gov.trading.credit;

/**
 * Whose behaviour a credit record is about. The subject id is how the platform names them elsewhere: a BIDDER or an
 * AGENT by its account (the organisation's token subject, the {@code bidder} of a bid, the {@code agent} of a
 * project), an EXPERT by the pool id of the expert ({@code expert/ExpertId}).
 */
public enum SubjectKind {
    /** 投标人 / 供应商. */
    BIDDER,
    /** 招标代理 / 采购代理机构. */
    AGENT,
    /** 评标专家 (a person: their records are never published). */
    EXPERT;

    /** Organisations' barring records are published (信用中国 publishes 行政处罚); a person's never are. */
    public boolean publishable() {
        return this != EXPERT;
    }
}
