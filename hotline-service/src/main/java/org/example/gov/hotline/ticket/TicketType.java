package org.example.gov.hotline.ticket;

/** What the caller wants (DOMAIN.md §6); the type sets the handling time limit. */
public enum TicketType {
    /** 咨询 */
    CONSULT,
    /** 求助 */
    HELP,
    /** 投诉 */
    COMPLAINT,
    /** 举报 */
    REPORT,
    /** 建议 */
    SUGGESTION,
    /** 表扬 */
    PRAISE
}
