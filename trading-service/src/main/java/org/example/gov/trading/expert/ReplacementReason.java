package org.example.gov.trading.expert;

/** Why an expert leaves a seat before the evaluation ends (实施条例 第48条: 回避、退出 or absence → 重新抽取). */
public enum ReplacementReason {
    /** A tie that should have excluded them came to light, or they declared it (回避). */
    RECUSAL,
    /** They did not come or cannot continue. */
    ABSENCE,
    /** Removed for misconduct during the evaluation. */
    MISCONDUCT
}
