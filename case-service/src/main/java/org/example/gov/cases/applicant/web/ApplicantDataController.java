package org.example.gov.cases.applicant.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.example.gov.cases.applicant.ApplicantDataService;
import org.example.gov.cases.casefile.Applicant;
import org.example.gov.cases.casefile.CaseId;
import org.example.gov.cases.query.CaseSummary;
import org.example.gov.cases.query.Page;
import org.example.gov.platform.personal.validation.PersonReference;
import org.example.gov.platform.security.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's data in full (audited) and the search for a person's cases. The search is a POST so the number
 * travels in the body, never in a URL that proxies and access logs keep.
 */
@RestController
@Validated
@RequestMapping("/api/cases")
public class ApplicantDataController {

    private final ApplicantDataService applicants;

    public ApplicantDataController(ApplicantDataService applicants) {
        this.applicants = applicants;
    }

    /** Not cached anywhere: a later read must be audited again. */
    @GetMapping("/{id}/applicant")
    @PreAuthorize("hasAnyRole('CLERK', 'APPROVER', 'APPLICANT')")
    public ResponseEntity<ApplicantDetails> applicant(@PathVariable CaseId id, Actor actor) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(ApplicantDetails.of(applicants.fullRead(id, actor)));
    }

    @PostMapping("/applicant-search")
    @PreAuthorize("hasAnyRole('CLERK', 'APPROVER', 'SUPERVISOR')")
    public ApplicantCases search(@Valid @RequestBody PersonReference person,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
        Page<CaseSummary> found = applicants.search(person.idCardNumber(), person.phoneNumber(), actor, page, size);
        return new ApplicantCases(found.content(), found.page(), found.size(), found.totalElements());
    }

    /**
     * The applicant in full. Only here are the identity card number and phone written out (everywhere else their
     * types serialise masked); {@code idNumber}/{@code phone} are null on cases filed before they were collected.
     */
    public record ApplicantDetails(String id, String name, String idNumber, String phone) {

        static ApplicantDetails of(Applicant a) {
            return new ApplicantDetails(a.id(), a.name(), a.idNumber() == null ? null : a.idNumber().value(),
                    a.phone() == null ? null : a.phone().value());
        }
    }

    public record ApplicantCases(List<CaseSummary> content, int page, int size, long totalElements) {
    }
}
