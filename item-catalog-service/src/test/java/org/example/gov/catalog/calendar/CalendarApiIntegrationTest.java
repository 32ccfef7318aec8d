package org.example.gov.catalog.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;

import org.example.gov.calendar.CalendarDay;
import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calendar API against the real service (MariaDB with the bundled official schedules loaded at start-up, Kafka).
 * Each test leaves the calendar as it found it: the official years 2024-2026 untouched, no other year loaded (a test
 * that loads one removes it again), no closed day left, the clock back on system time.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class CalendarApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarService calendarService;

    @Autowired
    NextYearWatch nextYearWatch;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MutableClock clock;

    ApiClient api;
    String operator;
    String clerk;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        operator = TestTokens.shared().mint("operator1", "440000", "省政务服务数据管理局", "OPERATOR");
        clerk = TestTokens.shared().mint("clerk1", "440300", "市政务服务中心", "CLERK");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFourPublicReadsAnswerTheExactContractWithoutAToken() {
        assertThat(api.get("/api/calendar/days/2025-10-11", null).expect(200).raw())
                .isEqualTo("{\"date\":\"2025-10-11\",\"workingDay\":true,\"holiday\":null,\"provisional\":false}");
        assertThat(api.get("/api/calendar/days/2025-10-01", null).expect(200).raw())
                .isEqualTo("{\"date\":\"2025-10-01\",\"workingDay\":false,\"holiday\":\"国庆节、中秋节\",\"provisional\":false}");
        assertThat(api.get("/api/calendar/days/2025-10-12", null).expect(200).raw())
                .isEqualTo("{\"date\":\"2025-10-12\",\"workingDay\":false,\"holiday\":null,\"provisional\":false}");
        assertThat(api.get("/api/calendar/due-date?from=2025-09-26&workingDays=5", null).expect(200).raw())
                .isEqualTo("{\"from\":\"2025-09-26\",\"workingDays\":5,\"dueDate\":\"2025-10-10\",\"provisional\":false}");
        assertThat(api.get("/api/calendar/working-days?from=2025-09-26&to=2025-10-10", null).expect(200).raw())
                .isEqualTo("{\"from\":\"2025-09-26\",\"to\":\"2025-10-10\",\"workingDays\":5,\"provisional\":false}");

        JsonNode years = api.get("/api/calendar/years", null).expect(200).body().path("years");
        Map<Integer, JsonNode> byYear = new LinkedHashMap<>();
        years.forEach(y -> byYear.put(y.path("year").asInt(), y));
        assertThat(byYear).containsKeys(2024, 2025, 2026);
        assertThat(byYear.get(2025).path("days").asInt()).isEqualTo(33);
        assertThat(byYear.get(2025).path("offDays").asInt()).isEqualTo(28);
        assertThat(byYear.get(2025).path("adjustedWorkingDays").asInt()).isEqualTo(5);
        assertThat(byYear.get(2025).path("workingDays").asInt()).isEqualTo(248);
        assertThat(byYear.get(2026).path("source").asString()).isEqualTo("DEFAULT");

        JsonNode schedule = api.get("/api/calendar/years/2025", null).expect(200).body();
        assertThat(schedule.path("days")).hasSize(33);
        assertThat(schedule.path("days").path(0).toString())
                .isEqualTo("{\"name\":\"元旦\",\"date\":\"2025-01-01\",\"isOffDay\":true}");
    }

    @Test
    void anOperatorLoadsNextYearAndDueDatesRunIntoItAndOtherServicesHearOfIt() {
        // 2026-12-31 is a Thursday; without 2027 nothing after it can be counted exactly
        ApiClient.Response before = api.get("/api/calendar/due-date?from=2026-12-31&workingDays=2", null).expect(422);
        assertThat(before.text("code")).isEqualTo("CALENDAR_YEAR_NOT_LOADED");
        try {
            ApiClient.Response loaded = api.put("/api/calendar/years/2027", operator, fake2027()).expect(200);

            assertThat(loaded.body().path("year").asInt()).isEqualTo(2027);
            assertThat(loaded.body().path("days").asInt()).isEqualTo(4);
            assertThat(loaded.body().path("offDays").asInt()).isEqualTo(3);
            assertThat(loaded.body().path("adjustedWorkingDays").asInt()).isEqualTo(1);
            assertThat(loaded.text("source")).isEqualTo("OPERATOR");
            // Fri 01-01 off, weekend, Mon 01-04 off (made up), Tue 01-05 = 1, Wed 01-06 = 2
            assertThat(api.get("/api/calendar/due-date?from=2026-12-31&workingDays=2", null).expect(200).raw())
                    .isEqualTo("{\"from\":\"2026-12-31\",\"workingDays\":2,\"dueDate\":\"2027-01-06\",\"provisional\":false}");
            assertThat(api.get("/api/calendar/due-date?from=2026-12-31&workingDays=2&estimate=true", null).expect(200)
                    .body().path("provisional").asBoolean()).as("a loaded year is exact, estimate or not").isFalse();
            assertThat(api.get("/api/calendar/days/2027-01-10", null).expect(200).raw())
                    .isEqualTo("{\"date\":\"2027-01-10\",\"workingDay\":true,\"holiday\":null,\"provisional\":false}");
            assertThat(api.get("/api/calendar/days/2027-01-04", null).expect(200).text("holiday")).isEqualTo("测试假日");
            assertThat(storedDays(2027)).isEqualTo(4);

            List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                    CalendarEvents.TOPIC, e -> CalendarEvents.YEAR_LOADED.equals(e.type()) && "2027".equals(e.subject()),
                    Duration.ofSeconds(20));
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.key()).isEqualTo("2027");
                assertThat(event.source()).isEqualTo("/gov/item-catalog-service");
                assertMatchesEventSchema(event.data());
                JsonNode data = JSON.readTree(event.data());
                assertThat(data.path("year").asInt()).isEqualTo(2027);
                assertThat(data.path("days").asInt()).isEqualTo(4);
                assertThat(data.path("offDays").asInt()).isEqualTo(3);
                assertThat(data.path("adjustedWorkingDays").asInt()).isEqualTo(1);
                assertThat(data.path("source").asString()).isEqualTo("OPERATOR");
                assertThat(data.path("loadedBy").asString()).isEqualTo("operator1");
            });
        } finally {
            removeYear(2027);
        }
    }

    @Test
    void theBundledDefaultsWereAnnouncedAtStartUp() {
        List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                CalendarEvents.TOPIC, e -> CalendarEvents.YEAR_LOADED.equals(e.type()) && "2025".equals(e.subject()),
                Duration.ofSeconds(20));
        assertThat(events).first().satisfies(event -> {
            assertMatchesEventSchema(event.data());
            assertThat(JSON.readTree(event.data()).path("source").asString()).isEqualTo("DEFAULT");
        });
    }

    @Test
    void onlyAnOperatorMayLoadAYear() {
        ApiClient.Response forbidden = api.put("/api/calendar/years/2028", clerk, schedule(2028, day("元旦", "2028-01-03", true)))
                .expect(403);
        assertThat(forbidden.text("code")).isEqualTo("FORBIDDEN");
        ApiClient.Response anonymous = api.put("/api/calendar/years/2028", null, schedule(2028, day("元旦", "2028-01-03", true)))
                .expect(401);
        assertThat(anonymous.text("code")).isEqualTo("UNAUTHENTICATED");

        assertThat(storedDays(2028)).isZero();
        assertThat(api.get("/api/calendar/days/2028-01-03", null).expect(422).text("code")).isEqualTo("CALENDAR_YEAR_NOT_LOADED");
    }

    @Test
    void anInvalidScheduleAnswers422WithEveryViolationAndChangesNothing() {
        long revision = revision();
        ApiClient.Response invalid = api.put("/api/calendar/years/2026", operator, schedule(2026,
                day("国庆节", "2026-10-01", true), day("元旦", "2025-12-31", true), day("国庆节", "2026-10-01", true),
                day("", "2026-10-02", true))).expect(422);

        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.text("code")).isEqualTo("CALENDAR_SCHEDULE_INVALID");
        assertThat(invalid.text("detail")).contains("2026").doesNotContain("2,026");
        assertThat(invalid.body().path("violations").findValuesAsString("code"))
                .containsExactly("DATE_OUTSIDE_YEAR", "DUPLICATE_DATE", "NAME_MISSING");
        assertThat(invalid.body().path("violations").findValuesAsString("field"))
                .containsExactly("days[1].date", "days[2].date", "days[3].name");

        // the official 2026 is still there, untouched
        assertThat(revision()).isEqualTo(revision);
        assertThat(storedDays(2026)).isEqualTo(39);
        assertThat(api.get("/api/calendar/days/2026-10-05", null).expect(200).raw())
                .isEqualTo("{\"date\":\"2026-10-05\",\"workingDay\":false,\"holiday\":\"国庆节\",\"provisional\":false}");
        assertThat(api.get("/api/calendar/days/2026-02-28", null).expect(200).body().path("workingDay").asBoolean()).isTrue();
    }

    @Test
    void theBodyMustBeTheScheduleOfTheYearInThePath() {
        ApiClient.Response mismatch = api.put("/api/calendar/years/2029", operator, schedule(2030, day("元旦", "2030-01-01", true)))
                .expect(422);
        assertThat(mismatch.text("code")).isEqualTo("CALENDAR_YEAR_MISMATCH");
        assertThat(mismatch.text("field")).isEqualTo("year");
        assertThat(storedDays(2029) + storedDays(2030)).isZero();

        assertThat(api.put("/api/calendar/years/2029", operator, "{\"year\": 2029, \"days\": [").expect(400).text("code"))
                .isEqualTo("MALFORMED_REQUEST");
        assertThat(api.put("/api/calendar/years/2029", operator,
                "{\"year\": 2029, \"days\": [{\"name\":\"元旦\",\"date\":\"2029-02-30\",\"isOffDay\":true}]}").expect(400)
                .text("code")).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void anOperatorsCorrectionIsNeverOverwrittenByTheBundledDefault() throws IOException {
        String official = bundled(2024);
        try {
            Map<String, Object> corrected = JSON.readValue(official, Map.class);
            @SuppressWarnings("unchecked")
            List<Object> days = new ArrayList<>((List<Object>) corrected.get("days"));
            days.add(day("更正：补休", "2024-12-31", true));
            corrected.put("days", days);
            api.put("/api/calendar/years/2024", operator, ApiClient.json(corrected)).expect(200);

            List<Integer> seeded = calendarService.loadDefaults(OfficialSchedules.bundled());

            assertThat(seeded).isEmpty();
            assertThat(api.get("/api/calendar/days/2024-12-31", null).expect(200).raw())
                    .isEqualTo("{\"date\":\"2024-12-31\",\"workingDay\":false,\"holiday\":\"更正：补休\",\"provisional\":false}");
            assertThat(storedDays(2024)).isEqualTo(37);
        } finally {
            api.put("/api/calendar/years/2024", operator, official).expect(200);
        }
        assertThat(api.get("/api/calendar/days/2024-12-31", null).expect(200).body().path("workingDay").asBoolean()).isTrue();
    }

    @Test
    void aRegionsClosedDaysApplyOnlyWhenThatRegionIsAsked() {
        String path = "/api/calendar/regions/449901/closed-days/2025-10-10";
        try {
            ApiClient.Response closed = api.put(path, operator, "{\"reason\":\"大厅系统升级闭厅\"}").expect(200);
            assertThat(closed.raw()).isEqualTo("{\"region\":\"449901\",\"date\":\"2025-10-10\",\"reason\":\"大厅系统升级闭厅\"}");

            assertThat(api.get("/api/calendar/days/2025-10-10?region=449901", null).expect(200).raw())
                    .isEqualTo("{\"date\":\"2025-10-10\",\"workingDay\":false,\"holiday\":\"大厅系统升级闭厅\",\"provisional\":false}");
            assertThat(api.get("/api/calendar/due-date?from=2025-09-26&workingDays=5&region=449901", null).expect(200)
                    .text("dueDate")).isEqualTo("2025-10-11");
            assertThat(api.get("/api/calendar/working-days?from=2025-09-26&to=2025-10-10&region=449901", null).expect(200)
                    .body().path("workingDays").asInt()).isEqualTo(4);
            // nationally and in another region nothing changed
            assertThat(api.get("/api/calendar/due-date?from=2025-09-26&workingDays=5", null).expect(200).text("dueDate"))
                    .isEqualTo("2025-10-10");
            assertThat(api.get("/api/calendar/due-date?from=2025-09-26&workingDays=5&region=440300", null).expect(200)
                    .text("dueDate")).isEqualTo("2025-10-10");
            assertThat(api.get("/api/calendar/regions/449901/closed-days", null).expect(200).raw())
                    .isEqualTo("[{\"region\":\"449901\",\"date\":\"2025-10-10\",\"reason\":\"大厅系统升级闭厅\"}]");

            assertThat(api.put(path, clerk, "{\"reason\":\"x\"}").expect(403).text("code")).isEqualTo("FORBIDDEN");
            assertThat(api.send("DELETE", path, null, null).expect(401).text("code")).isEqualTo("UNAUTHENTICATED");
            assertThat(api.put(path, operator, "{\"reason\":\"  \"}").expect(400).text("code")).isEqualTo("VALIDATION_FAILED");
        } finally {
            api.send("DELETE", path, operator, null);
        }
        assertThat(api.get("/api/calendar/due-date?from=2025-09-26&workingDays=5&region=449901", null).expect(200)
                .text("dueDate")).isEqualTo("2025-10-10");
        assertThat(api.get("/api/calendar/regions/449901/closed-days", null).expect(200).raw()).isEqualTo("[]");
        assertThat(api.send("DELETE", path, operator, null).expect(404).text("code")).isEqualTo("CALENDAR_CLOSED_DAY_NOT_FOUND");
    }

    @Test
    void aChangeMadeByAnotherReplicaIsPickedUpByTheRevisionCheck() {
        try {
            // another replica's transaction: a closed day plus the revision bump, straight in the database
            jdbc.sql("INSERT INTO calendar_closed_day (region, day_date, reason, updated_by, updated_at) "
                    + "VALUES ('449902', '2025-10-09', '其他副本写入', 'replica-b', NOW(6))").update();
            jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
            assertThat(api.get("/api/calendar/days/2025-10-09?region=449902", null).expect(200).body().path("workingDay")
                    .asBoolean()).as("served from memory until the check").isTrue();

            calendarService.refresh();

            assertThat(api.get("/api/calendar/days/2025-10-09?region=449902", null).expect(200).text("holiday"))
                    .isEqualTo("其他副本写入");
        } finally {
            jdbc.sql("DELETE FROM calendar_closed_day WHERE region = '449902'").update();
            jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
            calendarService.refresh();
        }
    }

    @Test
    void anUnknownYearAnswers422WithTheCodeNamingTheYearInChineseOrEnglish() {
        ApiClient.Response zh = api.get("/api/calendar/days/2031-05-05", null).expect(422);
        assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zh.text("code")).isEqualTo("CALENDAR_YEAR_NOT_LOADED");
        assertThat(zh.text("type")).isEqualTo("urn:gov:problem:CALENDAR_YEAR_NOT_LOADED");
        assertThat(zh.body().path("year").asInt()).isEqualTo(2031);
        assertThat(zh.text("detail")).contains("2031 年").contains("尚未导入");

        ApiClient.Response en = api.send("GET", "/api/calendar/working-days?from=2031-01-01&to=2031-02-01", null, null,
                "Accept-Language", "en").expect(422);
        assertThat(en.text("code")).isEqualTo("CALENDAR_YEAR_NOT_LOADED");
        assertThat(en.text("detail")).contains("year 2031").doesNotContain("2,031");

        assertThat(api.get("/api/calendar/years/2031", null).expect(404).text("code")).isEqualTo("CALENDAR_YEAR_NOT_FOUND");
    }

    @Test
    void malformedDatesAndOutOfRangeCountsAnswer400Problems() {
        // a date that is not one, a count that is not a number, a parameter left out: each named in errors
        Map<String, String> malformed = Map.of("/api/calendar/days/2025-13-45", "date",
                "/api/calendar/days/20251010", "date", "/api/calendar/due-date?from=2025/09/26&workingDays=5", "from",
                "/api/calendar/due-date?from=2025-09-26&workingDays=five", "workingDays",
                "/api/calendar/due-date?from=2025-09-26", "workingDays",
                "/api/calendar/working-days?from=2025-09-26&to=tomorrow", "to");
        for (Map.Entry<String, String> bad : malformed.entrySet()) {
            String path = bad.getKey();
            ApiClient.Response response = api.get(path, null).expect(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(response.text("code")).as(path).isEqualTo("VALIDATION_FAILED");
            assertThat(response.body().path("errors").findValuesAsString("field")).as(path).containsExactly(bad.getValue());
            assertThat(response.raw()).as(path).doesNotContain("Exception");
        }
        for (String path : List.of("/api/calendar/due-date?from=2025-09-26&workingDays=-1",
                "/api/calendar/due-date?from=2025-09-26&workingDays=3651", "/api/calendar/days/2025-10-10?region=44",
                "/api/calendar/regions/abc/closed-days")) {
            ApiClient.Response response = api.get(path, null).expect(400);
            assertThat(response.text("code")).as(path).isEqualTo("VALIDATION_FAILED");
        }
        // counting walks every day in between: no 10,000-year ranges, estimate or not
        for (String path : List.of("/api/calendar/working-days?from=0001-01-01&to=9999-12-31&estimate=true",
                "/api/calendar/working-days?from=2125-09-27&to=2025-09-26")) {
            ApiClient.Response response = api.get(path, null).expect(400);
            assertThat(response.text("code")).as(path).isEqualTo("CALENDAR_SPAN_TOO_LONG");
            assertThat(response.text("field")).as(path).isEqualTo("to");
            assertThat(response.text("detail")).as(path).contains("100 年");
        }
        // the limits themselves are accepted
        assertThat(api.get("/api/calendar/working-days?from=2025-09-26&to=2125-09-26&estimate=true", null).expect(200)
                .body().path("provisional").asBoolean()).isTrue();
        assertThat(api.get("/api/calendar/due-date?from=2025-09-26&workingDays=0", null).expect(200).text("dueDate"))
                .isEqualTo("2025-09-26");
    }

    @Test
    void everyDateOfTheOfficialYearsIsServedAsTheSharedCalendarCountsIt() {
        // working-calendar's OfficialCalendarTest checks that calendar against the raw files; here the API must serve it
        WorkingDayCalendar official = WorkingDayCalendar.of(OfficialSchedules.bundled());
        List<String> mismatches = new ArrayList<>();
        for (LocalDate date = LocalDate.of(2024, 1, 1); date.getYear() <= 2026; date = date.plusDays(1)) {
            CalendarDay expected = official.day(date).exact();
            JsonNode served = api.get("/api/calendar/days/" + date, null).expect(200).body();
            String holiday = served.path("holiday").isNull() ? null : served.path("holiday").asString();
            if (served.path("workingDay").asBoolean() != expected.workingDay() || !Objects.equals(holiday, expected.holiday())
                    || served.path("provisional").asBoolean()) {
                mismatches.add(date + ": expected " + expected + " but was " + served);
            }
        }
        assertThat(mismatches).isEmpty();
        // the working days of each official year, counted independently when the files were added
        assertThat(workingDays("2023-12-31", "2024-12-31")).isEqualTo(251);
        assertThat(workingDays("2024-12-31", "2025-12-31")).isEqualTo(248);
        assertThat(workingDays("2025-12-31", "2026-12-31")).isEqualTo(248);
    }

    @Test
    void workingDaysAreSignedAndTheInverseOfTheDueDate() {
        // the National Day trap: Sun 09-28 and Sat 10-11 are worked, 10-01..10-08 are off
        assertThat(api.get("/api/calendar/due-date?from=2025-09-26&workingDays=5", null).expect(200).text("dueDate"))
                .isEqualTo("2025-10-10");
        assertThat(workingDays("2025-09-26", "2025-10-10")).isEqualTo(5);
        // backwards: minus the working days in [to, from) = 09-26, 09-28, 09-29, 09-30, 10-09
        assertThat(api.get("/api/calendar/working-days?from=2025-10-10&to=2025-09-26", null).expect(200).raw())
                .isEqualTo("{\"from\":\"2025-10-10\",\"to\":\"2025-09-26\",\"workingDays\":-5,\"provisional\":false}");
        // a due date on Friday 10-17 looked at on Sunday 10-19 is one working day late, not zero
        assertThat(workingDays("2025-10-19", "2025-10-17")).isEqualTo(-1);
        // ... but on Sunday 10-12 it is two: Saturday 10-11 was an adjusted working day
        assertThat(workingDays("2025-10-12", "2025-10-10")).isEqualTo(-2);
        assertThat(workingDays("2025-10-10", "2025-10-10")).isZero();
    }

    @Test
    void aYearNotLoadedAnswers422UnlessTheCallerAsksForTheWeekendsOnlyEstimate() {
        assertThat(api.get("/api/calendar/days/2031-05-05", null).expect(422).text("code")).isEqualTo("CALENDAR_YEAR_NOT_LOADED");
        assertThat(api.get("/api/calendar/days/2031-05-05?estimate=false", null).expect(422).text("code"))
                .isEqualTo("CALENDAR_YEAR_NOT_LOADED");
        assertThat(api.get("/api/calendar/days/2031-05-05?estimate=true", null).expect(200).raw())
                .isEqualTo("{\"date\":\"2031-05-05\",\"workingDay\":true,\"holiday\":null,\"provisional\":true}");
        assertThat(api.get("/api/calendar/days/2031-05-10?estimate=true", null).expect(200).raw())
                .as("a Saturday").isEqualTo("{\"date\":\"2031-05-10\",\"workingDay\":false,\"holiday\":null,\"provisional\":true}");

        // from the last official day into 2027 (not loaded): Fri 2027-01-01 and Mon 01-04 counted as working days
        assertThat(api.get("/api/calendar/due-date?from=2026-12-31&workingDays=2", null).expect(422).body().path("year")
                .asInt()).isEqualTo(2027);
        assertThat(api.get("/api/calendar/due-date?from=2026-12-31&workingDays=2&estimate=true", null).expect(200).raw())
                .isEqualTo("{\"from\":\"2026-12-31\",\"workingDays\":2,\"dueDate\":\"2027-01-04\",\"provisional\":true}");
        // a count that stays inside the official years is exact even when an estimate was allowed
        assertThat(api.get("/api/calendar/due-date?from=2025-09-26&workingDays=5&estimate=true", null).expect(200).raw())
                .isEqualTo("{\"from\":\"2025-09-26\",\"workingDays\":5,\"dueDate\":\"2025-10-10\",\"provisional\":false}");

        assertThat(api.get("/api/calendar/working-days?from=2030-12-31&to=2031-01-03", null).expect(422).text("code"))
                .isEqualTo("CALENDAR_YEAR_NOT_LOADED");
        assertThat(api.get("/api/calendar/working-days?from=2030-12-31&to=2031-01-03&estimate=true", null).expect(200).raw())
                .isEqualTo("{\"from\":\"2030-12-31\",\"to\":\"2031-01-03\",\"workingDays\":3,\"provisional\":true}");
        assertThat(api.get("/api/calendar/working-days?from=2031-01-03&to=2030-12-31&estimate=true", null).expect(200)
                .body().path("workingDays").asInt()).isEqualTo(-3);
    }

    @Test
    void theYearsSayFromTheFirstOfNovemberThatNextYearIsMissing() {
        clock.set(LocalDate.of(2030, 10, 31), LocalTime.of(23, 59));
        assertThat(api.get("/api/calendar/years", null).expect(200).body().path("nextYear").toString())
                .isEqualTo("{\"year\":2031,\"loaded\":false,\"warning\":false,\"warnFrom\":\"2030-11-01\"}");
        assertThat(nextYearMissingGauge()).isZero();

        // 00:30 in Beijing is still 10-31 in UTC: the business date counts
        clock.set(LocalDate.of(2030, 11, 1), LocalTime.of(0, 30));
        assertThat(api.get("/api/calendar/years", null).expect(200).body().path("nextYear").toString())
                .isEqualTo("{\"year\":2031,\"loaded\":false,\"warning\":true,\"warnFrom\":\"2030-11-01\"}");
        assertThat(nextYearMissingGauge()).isEqualTo(1.0);

        // in December 2025 the next year is the official 2026
        clock.set(LocalDate.of(2025, 12, 2), LocalTime.NOON);
        assertThat(api.get("/api/calendar/years", null).expect(200).body().path("nextYear").toString())
                .isEqualTo("{\"year\":2026,\"loaded\":true,\"warning\":false,\"warnFrom\":\"2025-11-01\"}");
        assertThat(nextYearMissingGauge()).isZero();
    }

    @Test
    void theWarningEndsWhenAnOperatorLoadsNextYear() {
        clock.set(LocalDate.of(2032, 12, 2), LocalTime.NOON);
        assertThat(api.get("/api/calendar/years", null).expect(200).body().path("nextYear").path("warning").asBoolean()).isTrue();
        assertThat(nextYearMissingGauge()).isEqualTo(1.0);
        try {
            api.put("/api/calendar/years/2033", operator, schedule(2033, day("元旦", "2033-01-03", true))).expect(200);

            JsonNode years = api.get("/api/calendar/years", null).expect(200).body();
            assertThat(years.path("nextYear").toString())
                    .isEqualTo("{\"year\":2033,\"loaded\":true,\"warning\":false,\"warnFrom\":\"2032-11-01\"}");
            assertThat(years.path("years").findValuesAsString("source")).contains("OPERATOR");
            assertThat(nextYearMissingGauge()).isZero();
        } finally {
            removeYear(2033);
        }
        assertThat(nextYearMissingGauge()).isEqualTo(1.0);
    }

    @Test
    void theWarningIsLoggedOnceADay() {
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger logger = (Logger) LoggerFactory.getLogger(NextYearWatch.class);
        logger.addAppender(logged);
        try {
            clock.set(LocalDate.of(2030, 11, 20), LocalTime.of(9, 0));
            nextYearWatch.warnOncePerDay();
            clock.set(LocalDate.of(2030, 11, 20), LocalTime.of(17, 0));
            nextYearWatch.warnOncePerDay();
            nextYearWatch.warnOncePerDay();
            assertThat(warnings(logged)).singleElement().asString().contains("2031").contains("PUT /api/calendar/years/2031");

            clock.set(LocalDate.of(2030, 11, 21), LocalTime.of(9, 0));
            nextYearWatch.warnOncePerDay();
            nextYearWatch.warnOncePerDay();
            assertThat(warnings(logged)).hasSize(2);

            clock.set(LocalDate.of(2030, 10, 31), LocalTime.of(9, 0));
            nextYearWatch.warnOncePerDay();
            assertThat(warnings(logged)).as("before the warning day").hasSize(2);
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void everyRegionsClosedDaysAreListedByRegionAndDate() {
        List<String> paths = List.of("/api/calendar/regions/449913/closed-days/2025-10-09",
                "/api/calendar/regions/449911/closed-days/2025-10-10", "/api/calendar/regions/449913/closed-days/2025-09-30",
                "/api/calendar/regions/449911/closed-days/2025-09-29");
        try {
            paths.forEach(path -> api.put(path, operator, "{\"reason\":\"闭厅\"}").expect(200));

            JsonNode all = api.get("/api/calendar/closed-days", null).expect(200).body();
            List<String> ours = new ArrayList<>();
            all.forEach(d -> {
                if (d.path("region").asString().startsWith("44991")) {
                    ours.add(d.path("region").asString() + " " + d.path("date").asString() + " " + d.path("reason").asString());
                }
            });
            assertThat(ours).containsExactly("449911 2025-09-29 闭厅", "449911 2025-10-10 闭厅", "449913 2025-09-30 闭厅",
                    "449913 2025-10-09 闭厅");
            assertThat(api.get("/api/calendar/closed-days?region=449913", null).expect(200).raw())
                    .isEqualTo("[{\"region\":\"449913\",\"date\":\"2025-09-30\",\"reason\":\"闭厅\"},"
                            + "{\"region\":\"449913\",\"date\":\"2025-10-09\",\"reason\":\"闭厅\"}]");
            assertThat(api.get("/api/calendar/closed-days?region=4499", null).expect(400).text("code"))
                    .isEqualTo("VALIDATION_FAILED");
        } finally {
            paths.forEach(path -> api.send("DELETE", path, operator, null));
        }
        assertThat(api.get("/api/calendar/closed-days?region=449913", null).expect(200).raw()).isEqualTo("[]");
    }

    @Test
    void closingAndReopeningARegionsDayPublishesTheRegionsWholeList() {
        String first = "/api/calendar/regions/449921/closed-days/2025-10-09";
        String second = "/api/calendar/regions/449921/closed-days/2025-10-10";
        try {
            api.put(first, operator, "{\"reason\":\"系统升级\"}").expect(200);
            api.put(second, operator, "{\"reason\":\"消防检查\"}").expect(200);
            api.send("DELETE", first, operator, null).expect(204);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(closedDaysEvents("449921")).hasSize(3));
            List<EventProbe.Event> events = closedDaysEvents("449921");
            events.forEach(event -> {
                assertThat(event.key()).isEqualTo("449921");
                assertThat(event.source()).isEqualTo("/gov/item-catalog-service");
                Contracts.assertValid(CalendarEvents.CLOSED_DAYS_CHANGED, event.data());
            });
            assertThat(events).extracting(e -> JSON.readTree(e.data()).path("closedDays").toString()).containsExactly(
                    "[{\"date\":\"2025-10-09\",\"reason\":\"系统升级\"}]",
                    "[{\"date\":\"2025-10-09\",\"reason\":\"系统升级\"},{\"date\":\"2025-10-10\",\"reason\":\"消防检查\"}]",
                    "[{\"date\":\"2025-10-10\",\"reason\":\"消防检查\"}]");
            JsonNode last = JSON.readTree(events.getLast().data());
            assertThat(last.path("region").asString()).isEqualTo("449921");
            assertThat(last.path("changedBy").asString()).isEqualTo("operator1");
            assertThat(last.path("changedAt").asString()).isNotBlank();
        } finally {
            api.send("DELETE", first, operator, null);
            api.send("DELETE", second, operator, null);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(closedDaysEvents("449921")).hasSize(4)
                .last().satisfies(e -> assertThat(JSON.readTree(e.data()).path("closedDays").toString()).isEqualTo("[]")));
    }

    @Test
    void theClosedDaysEventExampleMatchesItsSchema() {
        Contracts.assertValid(CalendarEvents.CLOSED_DAYS_CHANGED, Contracts.example(CalendarEvents.CLOSED_DAYS_CHANGED));
    }

    // ---------------------------------------------------------------- helpers

    private long storedDays(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_day WHERE year_number = :year").param("year", year)
                .query(Long.class).single();
    }

    private int workingDays(String from, String to) {
        return api.get("/api/calendar/working-days?from=" + from + "&to=" + to, null).expect(200).body().path("workingDays").asInt();
    }

    private double nextYearMissingGauge() {
        return meters.get("calendar.next.year.missing").gauge().value();
    }

    private static List<String> warnings(ListAppender<ILoggingEvent> logged) {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static List<EventProbe.Event> closedDaysEvents(String region) {
        return EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(), CalendarEvents.TOPIC,
                e -> CalendarEvents.CLOSED_DAYS_CHANGED.equals(e.type()) && region.equals(e.subject()), Duration.ofSeconds(20));
    }

    /** Removes a year a test loaded, as another replica would see it: rows gone, revision bumped, memory rebuilt. */
    private void removeYear(int year) {
        jdbc.sql("DELETE FROM calendar_year WHERE year_number = :year").param("year", year).update();
        jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
        calendarService.refresh();
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1").query(Long.class).single();
    }

    private static Map<String, Object> day(String name, String date, boolean offDay) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("name", name);
        day.put("date", date);
        day.put("isOffDay", offDay);
        return day;
    }

    @SafeVarargs
    private static String schedule(int year, Map<String, Object>... days) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("$schema", "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json");
        body.put("year", year);
        body.put("papers", List.of("https://www.gov.cn/zhengce/"));
        body.put("days", List.of(days));
        return ApiClient.json(body);
    }

    /** A made-up 2027 (the real one is published in late 2026). */
    private static String fake2027() {
        return schedule(2027, day("元旦", "2027-01-01", true), day("元旦", "2027-01-02", true), day("测试假日", "2027-01-04", true),
                day("测试假日", "2027-01-10", false));
    }

    private static String bundled(int year) throws IOException {
        try (InputStream in = CalendarApiIntegrationTest.class.getResourceAsStream("/calendar/" + year + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertMatchesEventSchema(String data) {
        Contracts.assertValid(CalendarEvents.YEAR_LOADED, data);
    }
}
