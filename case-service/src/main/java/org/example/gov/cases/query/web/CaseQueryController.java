package org.example.gov.cases.query.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.example.gov.cases.casefile.CaseStatus;
import org.example.gov.cases.query.CaseFilter;
import org.example.gov.cases.query.CaseQueryService;
import org.example.gov.cases.query.CaseStatistics;
import org.example.gov.cases.query.CaseSummary;
import org.example.gov.cases.query.Page;
import org.example.gov.cases.query.Progress;
import org.example.gov.cases.query.PublishedResult;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.cases.casefile.CaseService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading cases: the public progress query (case number + query code, no login), staff work lists, published
 * results (public) and statistics for supervisors.
 */
@RestController
@Validated
@RequestMapping("/api/cases")
public class CaseQueryController {

    private final CaseQueryService queries;

    public CaseQueryController(CaseQueryService queries) {
        this.queries = queries;
    }

    @GetMapping("/progress/{caseNumber}")
    public ProgressResponse progress(@PathVariable @Pattern(regexp = "\\d{8}-[0-9A-Z]{8}") String caseNumber,
            @RequestParam @Pattern(regexp = "\\d{6}") String queryCode) {
        return new ProgressResponse(queries.progress(caseNumber, queryCode));
    }

    /** Staff see the cases of their scope (region, department), filtered; an applicant sees their own. */
    @GetMapping
    @PreAuthorize("hasAnyRole('CLERK', 'APPROVER', 'SUPERVISOR', 'APPLICANT')")
    public WorkList list(@RequestParam(required = false) String department,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String itemCode,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,16}") String warningLevel,
            @RequestParam(defaultValue = "false") boolean openOnly,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
        boolean staff = CaseService.isStaff(actor);
        Page<CaseSummary> result = queries.list(new CaseFilter(department, status, itemCode, region, dueBefore,
                warningLevel, staff ? ScopePolicy.of(actor, CaseService.READERS) : null, staff ? null : actor.id(), null,
                openOnly, null, null), page, size);
        return new WorkList(result.content(), result.page(), result.size(), result.totalElements());
    }

    @GetMapping("/results")
    public Results results(@RequestParam(required = false) @Pattern(regexp = "\\d{6}") String region,
            @RequestParam(required = false) String itemCode,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Page<PublishedResult> result = queries.results(region, itemCode, page, size);
        return new Results(result.content(), result.page(), result.size(), result.totalElements());
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Statistics statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "DEPARTMENT") CaseQueryService.StatisticsGroup groupBy,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String region,
            @RequestParam(required = false) String department, Actor actor) {
        return new Statistics(from, to, groupBy.name(), queries.statistics(from, to, groupBy,
                ScopePolicy.of(actor, List.of(Role.SUPERVISOR)), region, department));
    }

    public record WorkList(List<CaseSummary> content, int page, int size, long totalElements) {
    }

    public record Results(List<PublishedResult> content, int page, int size, long totalElements) {
    }

    /** Figures per group (region, department or item) for cases submitted in [from, to]. */
    public record Statistics(LocalDate from, LocalDate to, String groupBy, List<CaseStatistics> groups) {
    }

    /** The progress view: a record of the web layer so the read model stays free to change. */
    public record ProgressResponse(String caseNumber, String itemName, String department, String status,
            java.time.Instant submittedAt, java.time.Instant acceptedAt, LocalDate dueDate, Boolean dueDateProvisional,
            Integer remainingWorkingDays, boolean remainingWorkingDaysProvisional, String decision,
            String deliveryMethod, String bundleApplicationId, List<Progress.Step> steps) {

        ProgressResponse(Progress p) {
            this(p.caseNumber(), p.itemName(), p.department(), p.status(), p.submittedAt(), p.acceptedAt(), p.dueDate(),
                    p.dueDateProvisional(), p.remainingWorkingDays(), p.remainingWorkingDaysProvisional(), p.decision(),
                    p.deliveryMethod(), p.bundleApplicationId(), p.steps());
        }
    }
}
