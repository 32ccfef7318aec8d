package org.example.gov.trading.tender;

/** Which body of law a project follows; each has its own periods ({@link PeriodRules}). */
public enum Track {
    /** 工程建设招投标: 招标投标法 and its 实施条例; periods in calendar days. */
    CONSTRUCTION,
    /** 政府采购: 政府采购法, its 实施条例 and 财政部87号令; several periods in working days. */
    GOVERNMENT_PROCUREMENT
}
