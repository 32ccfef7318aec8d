package org.example.gov.cases.casefile.web;

import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.cases.casefile.CaseReferences;
import org.example.gov.platform.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's reference facts by its number, for a 12345 ticket about it (hotline-service calls this). */
@RestController
@Validated
@RequestMapping("/api/cases/references")
@Tag(name = "case-references", description = "办件 reference by number for 12345 tickets")
public class CaseReferenceController {

    private final CaseReferences references;

    public CaseReferenceController(CaseReferences references) {
        this.references = references;
    }

    @GetMapping("/{caseNumber}")
    @PreAuthorize("hasAnyRole('HOTLINE_AGENT', 'APPLICANT')")
    @Operation(summary = "A case by number for a 12345 ticket: an agent for the centre's region and below, a caller their own (404 otherwise)")
    public CaseReferences.Reference byNumber(
            @PathVariable @Pattern(regexp = "\\d{8}-[0-9A-Z]{8}") String caseNumber, Actor viewer) {
        return references.byNumber(caseNumber, viewer);
    }
}
