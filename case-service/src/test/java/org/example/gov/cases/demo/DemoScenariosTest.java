package org.example.gov.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.cases.casefile.Act;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseStatus;
import org.example.gov.cases.casefile.HistoryEntry;
import org.example.gov.cases.casefile.PinnedItem;
import org.example.gov.cases.support.TestCalendars;
import org.junit.jupiter.api.Test;

/**
 * The scenario table on every day of the official calendar (weekends, the Spring Festival and National Day weeks,
 * make-up working days), at 07:30, 10:00 and 16:00: every story follows the aggregate's rules, its history is in time order
 * and in the past, and each day yields every status and cases overdue, due today and late for pre-review.
 */
class DemoScenariosTest {

    private static final RegionalCalendars CALENDARS = TestCalendars.OFFICIAL;
    /** No item region has closed days here, so every region counts on the national calendar. */
    private static final WorkingDayCalendar CALENDAR = CALENDARS.national();
    private static final List<DemoItem> ITEMS = List.of(
            item("XK-SCJG-01-440300", "食品经营许可证核发", "市市场监督管理局", "440300", 5, true),
            item("XK-GZ-02-440100", "建设工程规划许可证核发", "市规划和自然资源局", "440100", 10, true),
            item("QR-GA-01-440000", "户口迁移（省内）", "省公安厅", "440000", 5, false),
            item("GG-WJ-01-440300", "出生医学证明首次签发", "市卫生健康委员会", "440300", 3, false),
            item("QT-SW-01-440100", "新办纳税人套餐式服务（税务登记）", "市税务局", "440100", 1, false),
            item("QR-MZ-01-440000", "结婚登记", "省民政厅", "440000", null, false));

    @Test
    void everyStoryFollowsTheRulesOnEveryDay() {
        // the official calendar has 2024-2026: from the first day two months of history fit, to the last day whose
        // longest promised time (10 working days plus an extension) still ends in 2026
        for (LocalDate day = LocalDate.of(2024, 4, 1); !day.isAfter(LocalDate.of(2026, 11, 30)); day = day.plusDays(1)) {
            for (LocalTime time : List.of(LocalTime.of(7, 30), LocalTime.of(10, 0), LocalTime.of(16, 0))) {
                Instant now = day.atTime(time).atZone(Act.ZONE).toInstant();
                List<Case> cases = storiesOf(day, now);
                Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
                for (Case c : cases) {
                    statuses.add(c.status());
                    List<HistoryEntry> history = c.newHistory();
                    for (int i = 1; i < history.size(); i++) {
                        assertThat(history.get(i).at()).as("%s on %s", c.caseNumber(), day).isAfterOrEqualTo(history.get(i - 1).at());
                    }
                    assertThat(history.getLast().at()).as("%s on %s", c.caseNumber(), day).isBeforeOrEqualTo(now);
                    assertThat(LocalDate.ofInstant(c.submittedAt(), Act.ZONE)).isAfter(day.minusDays(80));
                }
                assertThat(statuses).as("statuses on %s", day).containsExactlyInAnyOrder(CaseStatus.values());
                if (CALENDAR.day(day).workingDay()) {
                    LocalDate today = day;
                    assertThat(cases).as("overdue on %s", day).anyMatch(c -> running(c) && c.deadline().dueDate().isBefore(today));
                    assertThat(cases).as("due today on %s", day).anyMatch(c -> running(c) && c.deadline().dueDate().equals(today));
                    assertThat(cases).as("approaching on %s", day).anyMatch(c -> running(c)
                            && c.deadline().dueDate().equals(CALENDAR.plusWorkingDays(today, 1).date()));
                    assertThat(cases).as("pre-review late on %s", day).anyMatch(c -> c.status() == CaseStatus.PRE_REVIEW
                            && c.preReviewDue().isBefore(today));
                    assertThat(cases).as("not accepted > 3 days on %s", day).anyMatch(c -> c.status() == CaseStatus.RECEIVED
                            && CALENDAR.workingDaysBetween(c.receivedOn(), today).days() > 3);
                }
            }
        }
    }

    @Test
    void theTableHoldsAFewHundredCases() {
        assertThat(DemoScenarios.total()).isBetween(250, 400);
        assertThat(DemoScenarios.ALL).extracting(DemoScenarios.Scenario::name).doesNotHaveDuplicates();
    }

    /** One story per scenario, on an item of the kind it needs (rotating through them day by day). */
    private static List<Case> storiesOf(LocalDate day, Instant now) {
        Random random = new Random(day.toEpochDay());
        List<Case> cases = new ArrayList<>();
        for (DemoScenarios.Scenario scenario : DemoScenarios.ALL) {
            List<DemoItem> fitting = ITEMS.stream().filter(scenario.needs().test).toList();
            DemoItem item = fitting.get((int) (day.toEpochDay() % fitting.size()));
            try {
                cases.add(scenario.story().apply(new DemoStory(item, CALENDARS, now, random)).build());
            } catch (RuntimeException e) {
                throw new AssertionError(scenario.name() + " on " + item.item().code() + " at " + now + " ("
                        + CALENDAR.day(day) + "): " + e.getMessage(), e);
            }
        }
        return cases;
    }

    private static boolean running(Case c) {
        return c.status().clockRuns() && c.deadline() != null && !c.deadline().instant();
    }

    private static DemoItem item(String code, String name, String department, String region, Integer promisedDays,
            boolean extension) {
        return new DemoItem(new PinnedItem(code.toLowerCase(), code, name, 1, department, region,
                promisedDays == null ? "INSTANT" : "PROMISED", promisedDays, promisedDays == null ? 1 : 20, extension,
                extension ? 10 : null, code.startsWith("XK")), List.of("申请表", "身份证明", "场所证明"));
    }
}
