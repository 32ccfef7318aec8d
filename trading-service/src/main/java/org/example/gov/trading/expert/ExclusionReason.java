package org.example.gov.trading.expert;

/**
 * Why an expert of the pool may not sit on a lot's committee (招标投标法 第37条, 实施条例 第46条, 政府采购法实施条例 第9条,
 * 87号令 第48条). The first reason found is recorded; the order of the constants is the order of the checks.
 */
public enum ExclusionReason {
    /** Employed by a bidder or by the tenderee. */
    EMPLOYED_BY_PARTY,
    /** Holds shares in a bidder or in the tenderee. */
    SHAREHOLDER_OF_PARTY,
    /** A close relative (近亲属) of the principal of a bidder (or of the tenderee). */
    RELATIVE_OF_PARTY_PRINCIPAL,
    /** Staff of the department supervising the project (行政监督部门). */
    SUPERVISING_DEPARTMENT_STAFF,
    /** Under a penalty on the draw date. */
    PENALISED,
    /** Already holds or held a seat of this committee (a replacement never brings back the expert it replaces). */
    ALREADY_ON_COMMITTEE
}
