package org.example.gov.cases.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.cases.support.TestCalendars;
import org.example.gov.cases.supervision.config.SupervisionPolicy;
import org.junit.jupiter.api.Test;

/** The warning rules, with the default policy and with a city that warns earlier in its own colour. */
class WarningTest {

    static final WorkingDayCalendar CALENDAR = TestCalendars.OFFICIAL.national();
    static final SupervisionPolicy POLICY = new SupervisionPolicy(null, null, null, Map.of("450100",
            new SupervisionPolicy.RegionPolicy(3, 1, Map.of(WarningKind.APPROACHING, "ORANGE"))));

    static OpenCase due(String region, LocalDate dueDate) {
        return new OpenCase("id", "N", region, "dept", "XK", "item", "IN_REVIEW", null, false, null, dueDate, false);
    }

    @Test
    void approachingIsOneWorkingDayBeforeByDefaultAndThreeWhereTheCitySaysSo() {
        LocalDate due = LocalDate.of(2025, 10, 10);
        assertThat(Warning.due(due("440300", due), WarningKind.APPROACHING, LocalDate.of(2025, 9, 30), CALENDAR, POLICY)).isNull();
        assertThat(Warning.due(due("440300", due), WarningKind.APPROACHING, LocalDate.of(2025, 10, 9), CALENDAR, POLICY))
                .satisfies(w -> {
                    assertThat(w.level()).isEqualTo("YELLOW");
                    assertThat(w.remainingWorkingDays()).isEqualTo(1);
                });
        // three working days before Fri 10-10: 10-09, 09-30, 09-29 → from Mon 29 Sep
        assertThat(Warning.due(due("450100", due), WarningKind.APPROACHING, LocalDate.of(2025, 9, 29), CALENDAR, POLICY)
                .level()).isEqualTo("ORANGE");
        assertThat(Warning.due(due("450100", due), WarningKind.APPROACHING, LocalDate.of(2025, 9, 28), CALENDAR, POLICY)).isNull();
    }

    @Test
    void notAcceptedCountsWorkingDaysAfterReceiptAgainstTheRegionsThreshold() {
        OpenCase shenzhen = new OpenCase("id", "N", "440300", "d", "XK", "i", "RECEIVED", null, false,
                LocalDate.of(2025, 9, 26), null, false);
        OpenCase nanning = new OpenCase("id", "N", "450100", "d", "XK", "i", "RECEIVED", null, false,
                LocalDate.of(2025, 9, 26), null, false);
        LocalDate tue30 = LocalDate.of(2025, 9, 30); // 3 working days after Fri 9-26 (Sun 9-28 works)

        assertThat(Warning.due(shenzhen, WarningKind.NOT_ACCEPTED, tue30, CALENDAR, POLICY)).isNull();
        assertThat(Warning.due(shenzhen, WarningKind.NOT_ACCEPTED, LocalDate.of(2025, 10, 9), CALENDAR, POLICY)).isNotNull();
        assertThat(Warning.due(nanning, WarningKind.NOT_ACCEPTED, tue30, CALENDAR, POLICY)).isNotNull();
    }

    @Test
    void dueTodayAndOverdueFollowTheDueDateAndRedIsTheDefaultForOverdue() {
        LocalDate due = LocalDate.of(2025, 10, 10);
        assertThat(Warning.due(due("440300", due), WarningKind.DUE_TODAY, due, CALENDAR, POLICY).level()).isEqualTo("ORANGE");
        assertThat(Warning.due(due("440300", due), WarningKind.OVERDUE, due, CALENDAR, POLICY)).isNull();
        assertThat(Warning.due(due("440300", due), WarningKind.OVERDUE, due.plusDays(1), CALENDAR, POLICY).level())
                .isEqualTo("RED");
    }

    @Test
    void warningsOnAProvisionalDueDateOrAnEstimatedCountAreRaisedAndFlagged() {
        // due Wed 2027-01-13 on the weekends-only estimate (2027 not loaded)
        OpenCase provisional = new OpenCase("id", "N", "440300", "d", "XK", "i", "IN_REVIEW", null, false, null,
                LocalDate.of(2027, 1, 13), true);

        assertThat(Warning.due(provisional, WarningKind.APPROACHING, LocalDate.of(2027, 1, 12), CALENDAR, POLICY))
                .satisfies(w -> {
                    assertThat(w.remainingWorkingDays()).isEqualTo(1);
                    assertThat(w.provisional()).isTrue();
                });
        assertThat(Warning.due(provisional, WarningKind.OVERDUE, LocalDate.of(2027, 1, 14), CALENDAR, POLICY).provisional())
                .isTrue();
        // an exact due date in 2026, but overdue into 2027: the count of days late is the estimate
        assertThat(Warning.due(due("440300", LocalDate.of(2026, 12, 30)), WarningKind.OVERDUE, LocalDate.of(2027, 1, 4),
                CALENDAR, POLICY)).satisfies(w -> {
                    assertThat(w.remainingWorkingDays()).isEqualTo(-3); // 30, 31 Dec and (estimated) 1 Jan
                    assertThat(w.provisional()).isTrue();
                });
        assertThat(Warning.due(due("440300", LocalDate.of(2025, 10, 10)), WarningKind.DUE_TODAY, LocalDate.of(2025, 10, 10),
                CALENDAR, POLICY).provisional()).isFalse();
    }
}
