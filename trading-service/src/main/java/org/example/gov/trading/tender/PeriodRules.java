package org.example.gov.trading.tender;

/**
 * The statutory periods of one track, configurable per track (platform.trading.tender.periods.*) with the laws' values
 * as defaults. Counting follows 民法典 第201条 (a period starts the day after the event) and 第203条 (a period whose
 * last day is a holiday ends on the next working day).
 *
 * @param minDaysToDeadline            documents first issued → bid deadline, calendar days (招标投标法 第24条: 20;
 *                                     87号令 第20条: 20)
 * @param minDocumentDays              documents on sale / available: construction calendar days (实施条例 第16条: 5),
 *                                     procurement working days (87号令 第18条: 5)
 * @param documentDaysAreWorkingDays   whether {@code minDocumentDays} counts working days
 * @param minAnnouncementWorkingDays   announcement period in working days (87号令 第16条: 5; construction: 0, the law
 *                                     sets none beyond the documents' sale)
 * @param amendmentMinDays             a material amendment at least this many days before the deadline, else the
 *                                     deadline moves (招标投标法 第23条 / 实施条例 第21条 / 87号令 第27条: 15)
 * @param objectionMinDaysBeforeDeadline objections to the documents at least this many days before the deadline
 *                                     (实施条例 第22条: 10; procurement: 0, its 质疑 window is {@code objectionWindowWorkingDays})
 * @param objectionAnswerDays          answer due, in days (实施条例 第22条: 3) or working days (政府采购法 第53条: 7)
 * @param objectionWindowWorkingDays   procurement 质疑 within this many working days of the documents' availability
 *                                     ending (政府采购法 第52条, 实施条例 第53条: 7; construction: 0, not used)
 * @param objectionPausesProcedure     an unanswered objection blocks the opening (实施条例 第22条 “暂停招标投标活动”)
 */
public record PeriodRules(int minDaysToDeadline, int minDocumentDays, boolean documentDaysAreWorkingDays,
        int minAnnouncementWorkingDays, int amendmentMinDays, int objectionMinDaysBeforeDeadline,
        int objectionAnswerDays, boolean objectionAnswerDaysAreWorkingDays, int objectionWindowWorkingDays,
        boolean objectionPausesProcedure) {

    public static final PeriodRules CONSTRUCTION = new PeriodRules(20, 5, false, 0, 15, 10, 3, false, 0, true);
    public static final PeriodRules GOVERNMENT_PROCUREMENT = new PeriodRules(20, 5, true, 5, 15, 0, 7, true, 7, false);

    public PeriodRules {
        if (minDaysToDeadline < 0 || minDocumentDays < 0 || minAnnouncementWorkingDays < 0 || amendmentMinDays < 0
                || objectionMinDaysBeforeDeadline < 0 || objectionAnswerDays < 1 || objectionWindowWorkingDays < 0) {
            throw new IllegalArgumentException("periods are not negative and an answer has at least a day");
        }
    }
}
