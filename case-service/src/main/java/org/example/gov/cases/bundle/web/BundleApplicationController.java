package org.example.gov.cases.bundle.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.cases.bundle.BundleService;
import org.example.gov.cases.casefile.Applicant;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.Origin;
import org.example.gov.cases.casefile.web.ApplicantRequest;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 一件事: apply for a bundle once, follow every sub-case in one view. */
@RestController
@RequestMapping("/api/cases/bundle-applications")
public class BundleApplicationController {

    private final BundleService bundles;

    public BundleApplicationController(BundleService bundles) {
        this.bundles = bundles;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('APPLICANT', 'CLERK')")
    public ResponseEntity<BundleResponse> apply(@Valid @RequestBody BundleRequest request, Actor actor) {
        Origin.Channel channel = request.channel() != null ? Origin.Channel.valueOf(request.channel())
                : actor.has(Role.APPLICANT) ? Origin.Channel.WEB : Origin.Channel.WINDOW;
        Applicant applicant = request.applicant().toApplicant();
        BundleService.BundleView view = bundles.apply(request.bundleId(), channel, applicant, actor, request.location());
        return ResponseEntity.created(URI.create("/api/cases/bundle-applications/" + view.application().id()))
                .body(BundleResponse.of(view));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public BundleResponse get(@PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String id, Actor viewer) {
        return BundleResponse.of(bundles.view(id, viewer));
    }

    public record BundleRequest(@NotBlank @Size(max = 36) String bundleId,
            @Pattern(regexp = "WINDOW|WEB|APP|TERMINAL") String channel,
            @NotNull @Valid ApplicantRequest applicant, @Size(max = 200) String location) {
    }

    public record SubCase(String caseId, String caseNumber, String itemCode, String itemName, String department,
            String status, LocalDate dueDate, Boolean dueDateProvisional) {

        static SubCase of(Case c) {
            return new SubCase(c.id().toString(), c.caseNumber(), c.item().code(), c.item().name(), c.item().department(),
                    c.status().name(), c.deadline() == null ? null : c.deadline().dueDate(),
                    c.deadline() == null ? null : c.deadline().dueDateProvisional());
        }
    }

    /** One progress view: the application's status and each sub-case with its department and due date. */
    public record BundleResponse(String id, String bundleId, String bundleCode, String bundleName, String status,
            Instant submittedAt, Instant completedAt, long departments, List<SubCase> subCases) {

        static BundleResponse of(BundleService.BundleView view) {
            List<SubCase> subCases = view.subCases().stream().map(SubCase::of).toList();
            return new BundleResponse(view.application().id(), view.application().bundleId(),
                    view.application().bundleCode(), view.application().bundleName(), view.application().status().name(),
                    view.application().submittedAt(), view.application().completedAt(),
                    subCases.stream().map(SubCase::department).distinct().count(), subCases);
        }
    }
}
