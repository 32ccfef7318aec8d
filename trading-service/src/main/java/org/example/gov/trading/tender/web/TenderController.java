package org.example.gov.trading.tender.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.tender.AnnouncementSpec;
import org.example.gov.trading.tender.DownloadRegister;
import org.example.gov.trading.tender.Lot;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSpec;
import org.example.gov.trading.tender.Money;
import org.example.gov.trading.tender.Objection;
import org.example.gov.trading.tender.Project;
import org.example.gov.trading.tender.ProjectId;
import org.example.gov.trading.tender.ProjectSpec;
import org.example.gov.trading.tender.TenderService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenders (招标 / 采购): projects with lots, their announcement, amendments, suspension, cancellation, objections and
 * the documents' download. Responses carry an ETag with the project's version; If-Match turns a concurrent change into
 * a 409. Projects out of the caller's reach answer 404.
 */
@RestController
@Validated
@RequestMapping("/api/trading")
@Tag(name = "tenders", description = "公共资源交易 — 招标项目、标段、公告、澄清修改、异议、招标文件获取")
public class TenderController {

    private final TenderService tenders;

    public TenderController(TenderService tenders) {
        this.tenders = tenders;
    }

    @PostMapping("/projects")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Draft a project with its lots (tenderee, or its agent); a retry with the same Idempotency-Key answers the first project")
    public ResponseEntity<ProjectResponse> create(@Valid @RequestBody CreateProjectRequest r,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 8, max = 100)
            @Pattern(regexp = "[A-Za-z0-9_-]+") String idempotencyKey, Actor actor) {
        Project p = tenders.create(new ProjectSpec(r.title(), r.track(), r.method(), r.tenderee(), r.agent(),
                r.region(), lots(r.lots()), r.stateFunded() == null || r.stateFunded()), idempotencyKey, actor);
        return ResponseEntity.created(URI.create("/api/trading/projects/" + p.id())).eTag(etag(p))
                .body(ProjectResponse.of(p, false));
    }

    @GetMapping("/projects")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR', 'BIDDER')")
    @Operation(summary = "The projects the caller may see, newest first (bidders: announced ones, public notice only)")
    public List<ProjectResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Actor actor) {
        return tenders.list(actor, page, size).stream()
                .map(p -> ProjectResponse.of(p, TenderService.publicViewOnly(actor, p))).toList();
    }

    @GetMapping("/projects/{id}")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR', 'BIDDER')")
    @Operation(summary = "A project with its lots, amendments and objections (bidders: the public notice only)")
    public ResponseEntity<ProjectResponse> get(@PathVariable ProjectId id, Actor actor) {
        Project p = tenders.view(id, actor);
        return ResponseEntity.ok().eTag(etag(p)).body(ProjectResponse.of(p, TenderService.publicViewOnly(actor, p)));
    }

    @PutMapping("/projects/{id}")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Edit a draft: new title and lots")
    public ResponseEntity<ProjectResponse> edit(@PathVariable ProjectId id, @Valid @RequestBody EditDraftRequest r,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tenders.editDraft(id, r.title(), lots(r.lots()), version(ifMatch), actor));
    }

    @PostMapping("/projects/{id}/announcement")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Announce and issue the documents: every draft lot starts tendering (422 names a period rule)")
    public ResponseEntity<ProjectResponse> announce(@PathVariable ProjectId id, @Valid @RequestBody AnnouncementRequest r,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tenders.announce(id, new AnnouncementSpec(r.announcementUntil(), r.documentsFrom(),
                r.documentsUntil(), r.bidDeadline()), version(ifMatch), actor));
    }

    @PostMapping("/projects/{id}/amendments")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Clarify or change the documents (a material change less than 15 days before the deadline moves it)")
    public ResponseEntity<ProjectResponse> amend(@PathVariable ProjectId id, @Valid @RequestBody AmendmentRequest r,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tenders.amend(id, r.summary(), r.material(), version(ifMatch), actor));
    }

    @PostMapping("/projects/{id}/suspension")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "Suspend the project (trading centre or supervisor), with the reason")
    public ResponseEntity<ProjectResponse> suspend(@PathVariable ProjectId id, @Valid @RequestBody SuspensionRequest r,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tenders.suspend(id, r.reason(), version(ifMatch), actor));
    }

    @PostMapping("/projects/{id}/resumption")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "Resume a suspended project (a new deadline when the old one passed meanwhile)")
    public ResponseEntity<ProjectResponse> resume(@PathVariable ProjectId id, @Valid @RequestBody ResumptionRequest r,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tenders.resume(id, r.bidDeadline(), version(ifMatch), actor));
    }

    @PostMapping("/projects/{id}/cancellation")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Terminate the tender before the opening (终止招标), with the reason")
    public ResponseEntity<ProjectResponse> cancel(@PathVariable ProjectId id, @Valid @RequestBody CancellationRequest r,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tenders.cancel(id, r.reason(), version(ifMatch), actor));
    }

    @PostMapping("/projects/{id}/objections")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "Object to (异议) or challenge (质疑) the documents (422 when too late)")
    public ResponseEntity<ObjectionFiledResponse> object(@PathVariable ProjectId id,
            @Valid @RequestBody ObjectionRequest r, Actor actor) {
        Objection o = tenders.fileObjection(id, r.text(), actor);
        return ResponseEntity.status(201).body(new ObjectionFiledResponse(o.id().toString(), o.kind().name(),
                o.filedAt(), o.answerDue()));
    }

    /** The filed objection: its id and when the answer is due. */
    public record ObjectionFiledResponse(String id, String kind, Instant filedAt, LocalDate answerDue) {
    }

    @PostMapping("/projects/{id}/objections/{objectionId}/answer")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Answer an objection (a pause of the procedure ends and moves the deadline by its length)")
    public ResponseEntity<ProjectResponse> answer(@PathVariable ProjectId id, @PathVariable UUID objectionId,
            @Valid @RequestBody ObjectionAnswerRequest r,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tenders.answerObjection(id, objectionId, r.answer(), version(ifMatch), actor));
    }

    @PostMapping("/lots/{lotId}/retender")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Re-tender a failed lot (重新招标): a new draft lot with the same terms, linked to the failed one")
    public ResponseEntity<ProjectResponse> retender(@PathVariable LotId lotId, Actor actor) {
        LotId created = tenders.retender(lotId, actor);
        Project p = tenders.view(tenders.facts(created).projectId(), actor);
        return ResponseEntity.created(URI.create("/api/trading/projects/" + p.id())).eTag(etag(p))
                .body(ProjectResponse.of(p, false));
    }

    @PostMapping("/lots/{lotId}/documents/download")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "Obtain a lot's tender documents (招标文件获取): registered, secret until the bid deadline")
    public DocumentsResponse download(@PathVariable LotId lotId, HttpServletRequest request, Actor actor) {
        Lot lot = tenders.download(lotId, clientAddress(request), actor);
        return DocumentsResponse.of(lot, null);
    }

    @GetMapping("/lots/{lotId}/documents/mine")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "The caller's own download of a lot and the amendments issued since (404 if none)")
    public DocumentsResponse mine(@PathVariable LotId lotId, Actor actor) {
        TenderService.MyDownload d = tenders.myDownload(lotId, actor);
        return DocumentsResponse.of(d.lot(), d);
    }

    /** The documents of a lot as a bidder obtains them, and for their own download what changed since. */
    public record DocumentsResponse(String lotId, String name, String deposit, int bidValidityDays,
            LocalDate documentsFrom, LocalDate documentsUntil, Instant bidDeadline, Instant downloadedAt,
            List<ProjectResponse.AmendmentResponse> amendmentsSince) {

        static DocumentsResponse of(Lot l, TenderService.MyDownload mine) {
            return new DocumentsResponse(l.id().toString(), l.name(), l.deposit().amount().toPlainString(),
                    l.bidValidityDays(), l.schedule().documentsFrom(), l.schedule().documentsUntil(),
                    l.bidDeadline(), mine == null ? null : mine.downloadedAt(),
                    mine == null ? List.of() : mine.amendmentsSince().stream()
                            .map(ProjectResponse.AmendmentResponse::of).toList());
        }
    }

    @GetMapping("/lots/{lotId}/downloads")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "Who obtained a lot's documents, once its bid deadline has passed (422 before)")
    public List<DownloadResponse> downloads(@PathVariable LotId lotId, Actor actor) {
        return tenders.downloads(lotId, actor).stream().map(DownloadResponse::of).toList();
    }

    /** One registered download. */
    public record DownloadResponse(String bidder, Instant downloadedAt) {

        static DownloadResponse of(DownloadRegister.Download d) {
            return new DownloadResponse(d.bidder(), d.at());
        }
    }

    private static List<LotSpec> lots(List<LotRequest> lots) {
        return lots.stream().map(l -> new LotSpec(l.name(), Money.yuan(l.amount()), Money.yuan(l.deposit()),
                l.bidValidityDays(), l.decryptionWindowMinutes() == null ? null
                        : Duration.ofMinutes(l.decryptionWindowMinutes()))).toList();
    }

    private static ResponseEntity<ProjectResponse> respond(Project p) {
        return ResponseEntity.ok().eTag(etag(p)).body(ProjectResponse.of(p, false));
    }

    private static String etag(Project p) {
        return "\"" + p.rowVersion() + "\"";
    }

    /** The project version out of If-Match ({@code "3"} or {@code W/"3"}); absent → no check. */
    private static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(header.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolationException("IF_MATCH_INVALID", "If-Match",
                    "If-Match carries the ETag of the project as returned (e.g. \"3\")", header);
        }
    }

    private static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        return forwarded != null && !forwarded.isBlank() ? forwarded.split(",")[0].strip() : request.getRemoteAddr();
    }
}
