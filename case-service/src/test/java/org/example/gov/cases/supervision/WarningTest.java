package org.example.gov.cases.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.example.gov.cases.calendar.OfficialCalendar;
import org.example.gov.cases.calendar.WorkingCalendar;
import org.example.gov.cases.supervision.config.SupervisionPolicy;
import org.junit.jupiter.api.Test;

/** The warning rules, with the default policy and with a city that warns earlier in its own colour. */
class WarningTest {

    static final WorkingCalendar CALENDAR = OfficialCalendar.get();
    static final SupervisionPolicy POLICY = new SupervisionPolicy(null, null, null, Map.of("450100",
            new SupervisionPolicy.RegionPolicy(3, 1, Map.of(WarningKind.APPROACHING, "ORANGE"))));

    static OpenCase due(String region, LocalDate dueDate) {
        return new OpenCase("id", "N", region, "dept", "XK", "item", "IN_REVIEW", null, null, dueDate);
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
        OpenCase shenzhen = new OpenCase("id", "N", "440300", "d", "XK", "i", "RECEIVED", null, LocalDate.of(2025, 9, 26), null);
        OpenCase nanning = new OpenCase("id", "N", "450100", "d", "XK", "i", "RECEIVED", null, LocalDate.of(2025, 9, 26), null);
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
}
