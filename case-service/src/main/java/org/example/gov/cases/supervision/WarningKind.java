package org.example.gov.cases.supervision;

/** 电子监察 warnings (DOMAIN.md §4), from the mildest to the most severe. */
public enum WarningKind {
    /** 预审超时: an online application still waits for pre-review after its 2 working days. */
    PRE_REVIEW_LATE,
    /** 超期未受理: received but not accepted for more than the region's threshold (default 3 working days). */
    NOT_ACCEPTED,
    /** 临近超期: the region's threshold (default 1 working day) before the due date. */
    APPROACHING,
    /** 今日到期. */
    DUE_TODAY,
    /** 超期: the due date has passed and the case is not decided. */
    OVERDUE
}
