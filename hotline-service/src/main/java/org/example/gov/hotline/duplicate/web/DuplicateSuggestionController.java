package org.example.gov.hotline.duplicate.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.hotline.duplicate.DuplicateSuggestionService;
import org.example.gov.hotline.duplicate.SuggestionStatus;
import org.example.gov.hotline.ticket.Page;
import org.example.gov.platform.security.Actor;
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
 * 重复件 (c): the suggestions made at intake for the centre's region, and the operator's confirmation (naming the
 * master) or dismissal. Illegal steps answer 409 with the allowed ones.
 */
@RestController
@Validated
@RequestMapping("/api/hotline/duplicate-suggestions")
@Tag(name = "duplicates", description = "重复件 — nearby tickets of other callers suggested as the same matter")
public class DuplicateSuggestionController {

    private static final String ID = "[0-9a-f-]{36}";

    private final DuplicateSuggestionService suggestions;

    public DuplicateSuggestionController(DuplicateSuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HOTLINE_AGENT', 'SUPERVISOR')")
    @Operation(summary = "Suggestions for the tickets of the centre's or supervisor's region and below, newest first")
    public SuggestionPage list(@RequestParam(required = false) SuggestionStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
        Page<DuplicateSuggestionService.View> found = suggestions.list(actor, status, page, size);
        return new SuggestionPage(found.content().stream().map(SuggestionResponse::of).toList(), found.page(),
                found.size(), found.totalElements());
    }

    /** One page of suggestions (histories omitted; read one suggestion for its history). */
    public record SuggestionPage(List<SuggestionResponse> content, int page, int size, long totalElements) {
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('HOTLINE_AGENT', 'SUPERVISOR')")
    @Operation(summary = "A suggestion with its candidates and history")
    public SuggestionResponse get(@PathVariable @Pattern(regexp = ID) String id, Actor actor) {
        return SuggestionResponse.of(suggestions.view(id, actor));
    }

    @PostMapping("/{id}/confirmation")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "Confirm: the ticket is the same matter as duplicateOf (required, one of the candidates)")
    public SuggestionResponse confirm(@PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody ConfirmationRequest step, Actor actor) {
        return SuggestionResponse.of(suggestions.confirm(id, step.duplicateOf(), step.note(), actor));
    }

    @PostMapping("/{id}/dismissal")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "Dismiss: another matter")
    public SuggestionResponse dismiss(@PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody(required = false) DismissalRequest step, Actor actor) {
        return SuggestionResponse.of(suggestions.dismiss(id, step == null ? null : step.note(), actor));
    }
}
