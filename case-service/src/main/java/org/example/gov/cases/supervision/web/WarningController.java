package org.example.gov.cases.supervision.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.example.gov.cases.supervision.RaisedWarning;
import org.example.gov.cases.supervision.SupervisionService;
import org.example.gov.cases.supervision.WarningFilter;
import org.example.gov.cases.supervision.WarningKind;
import org.example.gov.cases.supervision.WarningRepository;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 电子监察 for supervisors: the raised deadline warnings, newest first, filtered and paged. */
@RestController
@Validated
@RequestMapping("/api/cases/warnings")
public class WarningController {

    private final SupervisionService supervision;

    public WarningController(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    public WarningPage list(@RequestParam(required = false) WarningKind kind,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,16}") String level,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String region,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) @Pattern(regexp = "[0-9a-f-]{36}") String caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant raisedFrom,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
        WarningRepository.Page result = supervision.search(new WarningFilter(ScopePolicy.of(actor, List.of(Role.SUPERVISOR)),
                kind, level, region, department, caseId, raisedFrom), page, size);
        return new WarningPage(result.content(), page, size, result.total());
    }

    public record WarningPage(List<RaisedWarning> content, int page, int size, long totalElements) {
    }
}
