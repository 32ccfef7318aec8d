package org.example.gov.evaluation.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.evaluation.rectification.RectificationTicket.DueDateChange;
import org.example.gov.evaluation.rectification.RectificationTicket.Origin;
import org.example.gov.evaluation.support.TestCalendarYears;
import org.junit.jupiter.api.Test;

/** The rule "due N working days after the opening date", provisional in a year not loaded, recounted once it is. */
class RectificationDueDateTest {

    static final Instant MONDAY_28_DECEMBER_2026 = Instant.parse("2026-12-28T02:00:00Z"); // 10:00 in Beijing
    static final Instant FRIDAY_26_SEPTEMBER_2025 = Instant.parse("2025-09-26T02:00:00Z");
    static final WorkingDayCalendar OFFICIAL = TestCalendarYears.official();
    static final WorkingDayCalendar WITH_2027 = TestCalendarYears.officialAndTest2027();

    static RectificationTicket openedOn(Instant at, int workingDays, WorkingDayCalendar calendar) {
        return RectificationTicket.open("rating-1", "case-1", "20261228-ABCDEFGH", 1, "applicant1", "市市场监督管理局",
                "XK-1", new Origin("440300", null, null, "APP"), at, workingDays, calendar);
    }

    @Test
    void aCountIntoAYearNotLoadedStillOpensTheTicketWithTheProvisionalEstimate() {
        RectificationTicket t = openedOn(MONDAY_28_DECEMBER_2026, 5, OFFICIAL);

        assertThat(t.dueDate()).isEqualTo(LocalDate.parse("2027-01-04")); // 12-29, 12-30, 12-31, 01-01, 01-04
        assertThat(t.dueDateProvisional()).isTrue();
        assertThat(t.history().getFirst().note()).contains("2027-01-04 (provisional");
    }

    @Test
    void theOpeningDateIsTheCivilDateInBeijing() {
        Instant fridayNightUtcIsSaturdayInBeijing = Instant.parse("2025-09-26T17:00:00Z");
        assertThat(openedOn(fridayNightUtcIsSaturdayInBeijing, 5, OFFICIAL).dueDate())
                .isEqualTo(LocalDate.parse("2025-10-10")); // from Saturday 09-27: 09-28 is a make-up workday
    }

    @Test
    void onceTheYearIsLoadedTheRecountIsExactAndRecordedAsASystemStep() {
        RectificationTicket t = openedOn(MONDAY_28_DECEMBER_2026, 5, OFFICIAL);

        DueDateChange change = t.recomputeDueDate(WITH_2027, MONDAY_28_DECEMBER_2026.plusSeconds(3600)).orElseThrow();

        assertThat(change).isEqualTo(new DueDateChange(LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-06"), false));
        assertThat(t.dueDate()).isEqualTo(LocalDate.parse("2027-01-06")); // 01-01 and 01-04 off in the fixture
        assertThat(t.dueDateProvisional()).isFalse();
        assertThat(t.history().getLast()).satisfies(s -> {
            assertThat(s.action()).isEqualTo("due-date-recomputed");
            assertThat(s.role()).isEqualTo("SYSTEM");
            assertThat(s.note()).contains("2027-01-04 (provisional").endsWith("→ 2027-01-06");
        });
    }

    @Test
    void theRecountUsesTheWorkingDaysTheTicketWasOpenedWith() {
        RectificationTicket t = openedOn(MONDAY_28_DECEMBER_2026, 4, OFFICIAL);
        assertThat(t.dueDate()).isEqualTo(LocalDate.parse("2027-01-01"));

        t.recomputeDueDate(WITH_2027, MONDAY_28_DECEMBER_2026);

        assertThat(t.dueDate()).isEqualTo(LocalDate.parse("2027-01-05"));
    }

    @Test
    void aRecountWhileTheYearIsStillNotLoadedChangesAndRecordsNothing() {
        RectificationTicket t = openedOn(MONDAY_28_DECEMBER_2026, 5, OFFICIAL);
        int steps = t.history().size();

        assertThat(t.recomputeDueDate(OFFICIAL, MONDAY_28_DECEMBER_2026)).isEmpty();

        assertThat(t.dueDateProvisional()).isTrue();
        assertThat(t.history()).hasSize(steps);
    }

    @Test
    void anEstimateThatTurnsOutRightStillBecomesExact() {
        RectificationTicket t = openedOn(Instant.parse("2027-01-06T02:00:00Z"), 1, OFFICIAL); // Wednesday
        assertThat(t.dueDate()).isEqualTo(LocalDate.parse("2027-01-07"));
        assertThat(t.dueDateProvisional()).isTrue();

        DueDateChange change = t.recomputeDueDate(WITH_2027, Instant.parse("2027-01-06T03:00:00Z")).orElseThrow();

        assertThat(change).isEqualTo(new DueDateChange(LocalDate.parse("2027-01-07"), LocalDate.parse("2027-01-07"), false));
        assertThat(t.dueDateProvisional()).isFalse();
    }

    @Test
    void anExactDueDateIsNeverMovedByALaterCalendar() {
        RectificationTicket t = openedOn(FRIDAY_26_SEPTEMBER_2025, 5, OFFICIAL);
        WorkingDayCalendar closedOnTheDueDate = OFFICIAL.withClosedDays(Map.of(LocalDate.parse("2025-10-10"), "闭厅"));

        assertThat(t.recomputeDueDate(closedOnTheDueDate, FRIDAY_26_SEPTEMBER_2025)).isEmpty();

        assertThat(t.dueDate()).isEqualTo(LocalDate.parse("2025-10-10"));
    }

    @Test
    void aRegionsClosedDayMovesTheDueDateOfItsTickets() {
        WorkingDayCalendar shenzhen = OFFICIAL.withClosedDays(Map.of(LocalDate.parse("2025-10-10"), "大厅系统升级闭厅"));

        assertThat(openedOn(FRIDAY_26_SEPTEMBER_2025, 5, shenzhen).dueDate())
                .isEqualTo(LocalDate.parse("2025-10-11")); // the make-up working Saturday
    }

    @Test
    void aProvisionalDueDateIsNeverJudgedOverdueButTheExactOneIs() {
        RectificationTicket t = openedOn(MONDAY_28_DECEMBER_2026, 5, OFFICIAL);
        LocalDate dayAfterTheEstimate = LocalDate.parse("2027-01-05");

        assertThat(t.markOverdueIfLate(dayAfterTheEstimate, MONDAY_28_DECEMBER_2026)).isFalse();

        t.recomputeDueDate(WITH_2027, MONDAY_28_DECEMBER_2026);
        assertThat(t.markOverdueIfLate(dayAfterTheEstimate, MONDAY_28_DECEMBER_2026)).isFalse(); // due 01-06 now
        assertThat(t.markOverdueIfLate(LocalDate.parse("2027-01-07"), MONDAY_28_DECEMBER_2026)).isTrue();
    }

    @Test
    void aLegacyTicketWithoutDueDateGetsItsOwnAtTheNextRecount() {
        RectificationTicket legacy = RectificationTicket.restore("t-1", "rating-1", "case-1", "n", 1, "applicant1", "d",
                "i", FRIDAY_26_SEPTEMBER_2025, Origin.UNKNOWN, 5, null, true, RectificationTicket.Status.OPEN, null, null,
                null, null, 0, 0, false, null, java.util.List.of());
        assertThat(legacy.dueDateProvisional()).isTrue();
        assertThat(legacy.markOverdueIfLate(LocalDate.parse("2026-01-01"), FRIDAY_26_SEPTEMBER_2025)).isFalse();

        DueDateChange change = legacy.recomputeDueDate(OFFICIAL, FRIDAY_26_SEPTEMBER_2025).orElseThrow();

        assertThat(change).isEqualTo(new DueDateChange(null, LocalDate.parse("2025-10-10"), false));
        assertThat(legacy.history().getLast().action()).isEqualTo("due-date");
        assertThat(legacy.recomputeDueDate(OFFICIAL, FRIDAY_26_SEPTEMBER_2025)).as("only once").isEmpty();
    }
}
