package org.example.gov.trading.inspection;

/** What an inspection of a project found, as published (抽查结果). */
public enum InspectionOutcome {
    /** 未发现问题. */
    NO_PROBLEM_FOUND,
    /** 发现问题，责令整改. */
    RECTIFICATION_ORDERED,
    /** 发现违法违规线索，移交查处. */
    REFERRED_FOR_INVESTIGATION
}
