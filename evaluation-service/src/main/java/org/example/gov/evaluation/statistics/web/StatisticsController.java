package org.example.gov.evaluation.statistics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.example.gov.evaluation.statistics.Dimension;
import org.example.gov.evaluation.statistics.Figures;
import org.example.gov.evaluation.statistics.StatisticsPeriod;
import org.example.gov.evaluation.statistics.StatisticsService;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.security.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 好差评 statistics. Supervisors, counting their region and below only: any period ({@code from}/{@code to}) or a
 * month, grouped by month, hall, department,
 * item, staff member or channel. The public (no login): departments and halls (and months), aggregate figures only.
 */
@RestController
@Validated
public class StatisticsController {

    private final StatisticsService statistics;

    public StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/evaluations/statistics")
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ReportResponse supervisor(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = "\\d{4}-\\d{2}") String month,
            @RequestParam(defaultValue = "DEPARTMENT") Dimension by,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String region, Actor supervisor) {
        return ReportResponse.of(statistics.supervised(period(from, to, month), by, region, supervisor));
    }

    /** Public: per department or hall (or month), no staff, no rater, no comment. */
    @GetMapping("/api/evaluations/public/statistics")
    public ReportResponse published(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = "\\d{4}-\\d{2}") String month,
            @RequestParam(defaultValue = "DEPARTMENT") Dimension by,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String region) {
        if (!by.isPublic()) {
            throw new BusinessRuleViolationException("DIMENSION_NOT_PUBLIC", "by",
                    "Only department, hall and month figures are published", by);
        }
        return ReportResponse.of(statistics.published(period(from, to, month), by, region));
    }

    private static StatisticsPeriod period(LocalDate from, LocalDate to, String month) {
        if (month != null) {
            return StatisticsPeriod.month(YearMonth.parse(month));
        }
        if (from == null && to == null) {
            return StatisticsPeriod.month(YearMonth.now(StatisticsPeriod.ZONE));
        }
        return new StatisticsPeriod(from, to);
    }

    public record FiguresResponse(String key, long services, long ratedServices, long expiredUnrated, long ratings,
            long excludedByAppeal, long good, long bad, long tickets, long ticketsOnTime, long calledBack,
            BigDecimal participationRate, BigDecimal goodRate, BigDecimal badRate, BigDecimal onTimeRectificationRate,
            BigDecimal realNameCallBackRate) {

        static FiguresResponse of(Figures f) {
            return new FiguresResponse(f.key(), f.services(), f.ratedServices(), f.expired(), f.ratings(), f.excluded(),
                    f.good(), f.bad(), f.tickets(), f.ticketsOnTime(), f.calledBack(), f.participationRate(),
                    f.goodRate(), f.badRate(), f.onTimeRectificationRate(), f.callBackRate());
        }
    }

    public record ReportResponse(LocalDate from, LocalDate to, Dimension by, String region, FiguresResponse total,
            List<FiguresResponse> groups) {

        static ReportResponse of(StatisticsService.Report r) {
            return new ReportResponse(r.period().from(), r.period().to(), r.by(), r.region(),
                    FiguresResponse.of(r.total()), r.groups().stream().map(FiguresResponse::of).toList());
        }
    }
}
