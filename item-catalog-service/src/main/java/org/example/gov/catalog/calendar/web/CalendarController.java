package org.example.gov.catalog.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.catalog.calendar.CalendarService;
import org.example.gov.catalog.calendar.ClosedDay;
import org.example.gov.catalog.calendar.HolidayScheduleDocument;
import org.example.gov.catalog.calendar.LoadedYear;
import org.example.gov.catalog.calendar.WorkingDayCalendar;
import org.example.gov.catalog.calendar.YearSchedule;
import org.example.gov.platform.security.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar: anyone may ask whether a date is a working day, when n working days after a date end,
 * and how many working days lie between two dates (optionally with a region's closed days); operators load a
 * year's official schedule and manage the regions' closed days. Dates are ISO {@code yyyy-MM-dd}.
 *
 * <p>No class-level {@code @Validated}: Spring MVC validates the constrained parameters itself and answers 400.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

    static final String REGION = "\\d{6}";
    static final int MAX_WORKING_DAYS = 3650;

    private final CalendarService calendar;

    public CalendarController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/days/{date}")
    public DayResponse day(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Pattern(regexp = REGION) String region) {
        WorkingDayCalendar days = calendar.calendar(region);
        return new DayResponse(date, days.isWorkingDay(date), days.holidayName(date));
    }

    @GetMapping("/due-date")
    public DueDateResponse dueDate(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @Min(0) @Max(MAX_WORKING_DAYS) int workingDays,
            @RequestParam(required = false) @Pattern(regexp = REGION) String region) {
        return new DueDateResponse(from, workingDays, calendar.calendar(region).addWorkingDays(from, workingDays));
    }

    @GetMapping("/working-days")
    public WorkingDaysResponse workingDays(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = REGION) String region) {
        return new WorkingDaysResponse(from, to, calendar.calendar(region).workingDaysBetween(from, to));
    }

    @GetMapping("/years")
    public List<YearResponse> years() {
        return calendar.years().stream().map(YearResponse::of).toList();
    }

    /** A loaded year in the holiday-cn format, so it can be corrected and sent back with PUT. */
    @GetMapping("/years/{year}")
    public ScheduleResponse year(@PathVariable int year) {
        LoadedYear loaded = calendar.year(year);
        return new ScheduleResponse(loaded.year(), loaded.source().name(), loaded.loadedAt(),
                loaded.schedule().days().stream().map(HolidayScheduleDocument.DayDocument::of).toList());
    }

    /** Loads or replaces a year's schedule (body: a holiday-cn file; {@code year} must be the one in the path). */
    @PutMapping("/years/{year}")
    @PreAuthorize("hasRole('OPERATOR')")
    public YearResponse loadYear(@PathVariable int year, @RequestBody HolidayScheduleDocument body, Actor actor) {
        return YearResponse.of(calendar.loadYear(year, body, actor));
    }

    @GetMapping("/regions/{region}/closed-days")
    public List<ClosedDayResponse> closedDays(@PathVariable @Pattern(regexp = REGION) String region) {
        return calendar.closedDays(region).stream().map(ClosedDayResponse::of).toList();
    }

    @PutMapping("/regions/{region}/closed-days/{date}")
    @PreAuthorize("hasRole('OPERATOR')")
    public ClosedDayResponse closeDay(@PathVariable @Pattern(regexp = REGION) String region,
            @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, @Valid @RequestBody ClosedDayRequest body,
            Actor actor) {
        return ClosedDayResponse.of(calendar.closeDay(region, date, body.reason(), actor));
    }

    @DeleteMapping("/regions/{region}/closed-days/{date}")
    @PreAuthorize("hasRole('OPERATOR')")
    public ResponseEntity<Void> reopenDay(@PathVariable @Pattern(regexp = REGION) String region,
            @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        calendar.reopenDay(region, date);
        return ResponseEntity.noContent().build();
    }

    /** {@code holiday}: the festival name of a holiday (as in the official schedule), a region's closure reason, else null. */
    public record DayResponse(LocalDate date, boolean workingDay, String holiday) {
    }

    public record DueDateResponse(LocalDate from, int workingDays, LocalDate dueDate) {
    }

    public record WorkingDaysResponse(LocalDate from, LocalDate to, int workingDays) {
    }

    /**
     * A loaded year: {@code days} listed dates, of which {@code offDays} holidays and {@code adjustedWorkingDays}
     * working weekends; {@code workingDays} in the whole year; {@code source} DEFAULT or OPERATOR.
     */
    public record YearResponse(int year, int days, int offDays, int adjustedWorkingDays, int workingDays, String source,
            Instant loadedAt) {

        static YearResponse of(LoadedYear loaded) {
            YearSchedule schedule = loaded.schedule();
            return new YearResponse(schedule.year(), schedule.days().size(), schedule.offDays(),
                    schedule.adjustedWorkingDays(), schedule.workingDays(), loaded.source().name(), loaded.loadedAt());
        }
    }

    public record ScheduleResponse(int year, String source, Instant loadedAt, List<HolidayScheduleDocument.DayDocument> days) {
    }

    public record ClosedDayRequest(@NotBlank @Size(max = ClosedDay.MAX_REASON_LENGTH) String reason) {
    }

    public record ClosedDayResponse(String region, LocalDate date, String reason) {

        static ClosedDayResponse of(ClosedDay day) {
            return new ClosedDayResponse(day.region(), day.date(), day.reason());
        }
    }
}
