package org.example.gov.hotline.statistics.web;

import java.time.YearMonth;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.hotline.statistics.StatisticsService;
import org.example.gov.platform.problem.PlatformException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monthly hotline figures per region or department, computed in the database. */
@RestController
@Validated
@RequestMapping("/api/hotline/statistics")
@Tag(name = "statistics", description = "月度统计 — volume, direct answers, on-time completion, returns, call-backs, satisfaction")
public class StatisticsController {

    private final StatisticsService statistics;

    public StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/monthly")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HOTLINE_AGENT', 'HOTLINE_HANDLER')")
    @Operation(summary = "One month's figures of a region and below, or of one department of it (a department: its own)",
            description = "Tickets received in the month (Asia/Shanghai). Supervisors and the centre's agents read "
                    + "their region and below, optionally one department (the tickets it leads); a department reads "
                    + "its own (region = its region). Out of scope: 403 STATISTICS_OUT_OF_SCOPE.")
    public MonthlyStatisticsResponse monthly(
            @RequestParam @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "yyyy-MM") String month,
            @RequestParam @Pattern(regexp = "\\d{6}", message = "a GB/T 2260 region code") String region,
            @RequestParam(required = false) @Size(min = 1, max = 100) String department, Actor actor) {
        RegionCode code = RegionCode.parse(region).orElseThrow(() -> new Invalid("REGION_INVALID", "region", region));
        return MonthlyStatisticsResponse.of(statistics.monthly(YearMonth.parse(month), code, department, actor));
    }

    /** 400 naming the parameter. */
    static final class Invalid extends PlatformException {

        Invalid(String code, String field, Object value) {
            super(400, code, field + " is invalid: " + value, value);
            property("field", field);
        }
    }
}
