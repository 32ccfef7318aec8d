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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.example.gov.calendar.CalendarDay;
import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.HolidayScheduleDocument;
import org.example.gov.calendar.WorkingDate;
import org.example.gov.calendar.WorkingDayCount;
import org.example.gov.calendar.YearSchedule;
import org.example.gov.catalog.calendar.CalendarService;
import org.example.gov.catalog.calendar.LoadedYear;
import org.example.gov.catalog.calendar.NextYear;
import org.example.gov.catalog.calendar.NextYearWatch;
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
 * <p>A date in (or a count through) a year whose schedule is not loaded answers 422 CALENDAR_YEAR_NOT_LOADED, unless
 * the caller asks {@code estimate=true}: then it gets the weekends-only estimate, flagged {@code provisional: true}.
 *
 * <p>No class-level {@code @Validated}: Spring MVC validates the constrained parameters itself and answers 400.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

    static final String REGION = "\\d{6}";
    static final int MAX_WORKING_DAYS = 3650;
    static final int MAX_SPAN_YEARS = 100;
    private static final String ESTIMATE = "true: accept the weekends-only estimate (flagged provisional) for a year whose "
            + "schedule is not loaded, instead of 422 CALENDAR_YEAR_NOT_LOADED";

    private final CalendarService calendar;
    private final NextYearWatch nextYear;

    public CalendarController(CalendarService calendar, NextYearWatch nextYear) {
        this.calendar = calendar;
        this.nextYear = nextYear;
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "Whether a date is a working day", description = "holiday: the festival name, or the region's "
            + "closure reason. 422 CALENDAR_YEAR_NOT_LOADED for a year not loaded unless estimate=true.")
    public DayResponse day(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Pattern(regexp = REGION) String region,
            @Parameter(description = ESTIMATE) @RequestParam(defaultValue = "false") boolean estimate) {
        CalendarDay day = calendar.calendar(region).day(date);
        if (!estimate) {
            day.exact();
        }
        return new DayResponse(date, day.workingDay(), day.holiday(), day.provisional());
    }

    @GetMapping("/due-date")
    @Operation(summary = "The date n working days after a date", description = "Counting starts on the day after from; "
            + "workingDays=0 is from itself. 422 CALENDAR_YEAR_NOT_LOADED when the count runs into a year not loaded, "
            + "unless estimate=true.")
    public DueDateResponse dueDate(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @Min(0) @Max(MAX_WORKING_DAYS) int workingDays,
            @RequestParam(required = false) @Pattern(regexp = REGION) String region,
            @Parameter(description = ESTIMATE) @RequestParam(defaultValue = "false") boolean estimate) {
        WorkingDate due = calendar.calendar(region).plusWorkingDays(from, workingDays);
        return new DueDateResponse(from, workingDays, estimate ? due.date() : due.exact(), due.provisional());
    }

    @GetMapping("/working-days")
    @Operation(summary = "Working days between two dates (signed)", description = "The working days in (from, to] when "
            + "to is on or after from; when to is before from, minus the working days in [to, from), so the answer is "
            + "negative (a due date already passed). The inverse of /due-date: working-days from d to due-date(d, n) "
            + "is n. 422 CALENDAR_YEAR_NOT_LOADED when a date in between lies in a year not loaded, unless estimate=true. "
            + "400 CALENDAR_SPAN_TOO_LONG when from and to are more than " + MAX_SPAN_YEARS + " years apart.")
    public WorkingDaysResponse workingDays(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = REGION) String region,
            @Parameter(description = ESTIMATE) @RequestParam(defaultValue = "false") boolean estimate) {
        if (to.isAfter(from.plusYears(MAX_SPAN_YEARS)) || to.isBefore(from.minusYears(MAX_SPAN_YEARS))) {
            throw new SpanTooLongException(MAX_SPAN_YEARS);
        }
        WorkingDayCount count = calendar.calendar(region).workingDaysBetween(from, to);
        return new WorkingDaysResponse(from, to, estimate ? count.days() : count.exact(), count.provisional());
    }

    @GetMapping("/years")
    @Operation(summary = "The loaded years, and whether next year's schedule is overdue", description = "nextYear.warning "
            + "is true from warnFrom (catalog.calendar.next-year-warning-from, default 1 November) until an operator "
            + "loads next year's schedule; until then counts into next year are weekends-only estimates.")
    public YearsResponse years() {
        return new YearsResponse(calendar.years().stream().map(YearResponse::of).toList(), NextYearResponse.of(nextYear.status()));
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

    @GetMapping("/closed-days")
    @Operation(summary = "Every region's closed days", description = "Ordered by region and date; what the services' "
            + "calendar replicas fetch. region: only that region's.")
    public List<ClosedDayResponse> allClosedDays(@RequestParam(required = false) @Pattern(regexp = REGION) String region) {
        return (region == null ? calendar.closedDays() : calendar.closedDays(region)).stream().map(ClosedDayResponse::of)
                .toList();
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
            @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, Actor actor) {
        calendar.reopenDay(region, date, actor);
        return ResponseEntity.noContent().build();
    }

    /**
     * {@code holiday}: the festival name of a holiday (as in the official schedule), a region's closure reason, else
     * null. {@code provisional}: the date's year is not loaded and this is the weekends-only estimate.
     */
    public record DayResponse(LocalDate date, boolean workingDay, String holiday, boolean provisional) {
    }

    /** {@code provisional}: the count ran through a year not loaded (weekends-only estimate there). */
    public record DueDateResponse(LocalDate from, int workingDays, LocalDate dueDate, boolean provisional) {
    }

    /** {@code workingDays} is signed (negative when {@code to} is before {@code from}); {@code provisional} as above. */
    public record WorkingDaysResponse(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
    }

    public record YearsResponse(List<YearResponse> years, NextYearResponse nextYear) {
    }

    /** Next year's schedule: whether it is loaded, and whether operators are being warned (from {@code warnFrom}). */
    public record NextYearResponse(int year, boolean loaded, boolean warning, LocalDate warnFrom) {

        static NextYearResponse of(NextYear next) {
            return new NextYearResponse(next.year(), next.loaded(), next.warning(), next.warnFrom());
        }
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
