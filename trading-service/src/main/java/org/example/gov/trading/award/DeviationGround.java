package org.example.gov.trading.award;

/**
 * The statutory grounds on which a project bound to take its first candidate may take the next one (招标投标法实施条例
 * 第55条; for procurement 政府采购法实施条例 第49条 names the first of them).
 */
public enum DeviationGround {
    /** 排名第一的中标候选人放弃中标 (or, in procurement, refuses to sign). */
    FIRST_DECLINED,
    /** 因不可抗力不能履行合同. */
    FORCE_MAJEURE,
    /** 不按照招标文件要求提交履约保证金. */
    NO_PERFORMANCE_SECURITY,
    /** 被查实存在影响中标结果的违法行为等情形，不符合中标条件. */
    VIOLATION_FOUND
}
