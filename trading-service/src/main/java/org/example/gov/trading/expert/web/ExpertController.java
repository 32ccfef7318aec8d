package org.example.gov.trading.expert.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.expert.Expert;
import org.example.gov.trading.expert.ExpertId;
import org.example.gov.trading.expert.ExpertPoolService;
import org.example.gov.trading.expert.Penalty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The expert pool (评标专家库), kept by trading-centre staff of the expert's region or above; supervisors read it.
 * Personal data is masked in every response; experts out of the caller's reach answer 404.
 */
@RestController
@Validated
@RequestMapping("/api/trading/experts")
@Tag(name = "expert pool", description = "公共资源交易 — 评标专家库：专家登记、专业、回避关系、处罚")
public class ExpertController {

    private final ExpertPoolService pool;

    public ExpertController(ExpertPoolService pool) {
        this.pool = pool;
    }

    @PostMapping
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Register an expert in the pool of the caller's region or below (409 when the ID number is already registered)")
    public ResponseEntity<ExpertResponse> register(@Valid @RequestBody RegisterExpertRequest r, Actor actor) {
        Expert e = pool.register(PersonName.of(r.name()), IdCardNumber.of(r.idNumber()),
                r.phone() == null ? null : PhoneNumber.of(r.phone()), r.profile().toProfile(), actor);
        return ResponseEntity.created(URI.create("/api/trading/experts/" + e.id())).body(ExpertResponse.of(e));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "The experts in the caller's reach, optionally of one specialty, by id (masked)")
    public List<ExpertResponse> list(@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9.-]{1,40}") String specialty,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Actor actor) {
        return pool.list(specialty, page, size, actor).stream().map(ExpertResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "An expert with their ties and penalties (masked)")
    public ExpertResponse get(@PathVariable ExpertId id, Actor actor) {
        return ExpertResponse.of(pool.get(id, actor));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Update an expert's specialties, level, employer, ties and phone (the region stays)")
    public ExpertResponse update(@PathVariable ExpertId id, @Valid @RequestBody UpdateExpertRequest r, Actor actor) {
        return ExpertResponse.of(pool.update(id, r.profile().toProfile(),
                r.phone() == null ? null : PhoneNumber.of(r.phone()), actor));
    }

    @PostMapping("/{id}/penalties")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Record a penalty with its period: the expert is never drawn on a day it covers")
    public ExpertResponse penalise(@PathVariable ExpertId id, @Valid @RequestBody PenaltyRequest r, Actor actor) {
        if (r.until().isBefore(r.from())) {
            throw new org.example.gov.platform.problem.BusinessRuleViolationException("PENALTY_PERIOD_INVALID", "until",
                    "A penalty ends on or after the day it starts");
        }
        return ExpertResponse.of(pool.penalise(id, new Penalty(r.from(), r.until(), r.reason(), r.basis()), actor));
    }
}
