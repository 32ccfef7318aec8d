package org.example.gov.hotline.knowledge.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.hotline.knowledge.Article;
import org.example.gov.hotline.knowledge.ArticleContent;
import org.example.gov.hotline.knowledge.ArticleId;
import org.example.gov.hotline.knowledge.InvalidArticleException;
import org.example.gov.hotline.knowledge.KnowledgeService;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
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
 * The knowledge base (知识库) of the hotline centres: articles written, edited (each edit a new version), published by
 * a second agent and retired, and searched in Chinese for the direct answer of a consult. Responses carry an ETag
 * with the article's version; If-Match turns a concurrent change into a 409.
 */
@RestController
@Validated
@RequestMapping("/api/hotline/knowledge/articles")
@PreAuthorize("hasRole('HOTLINE_AGENT')")
@Tag(name = "knowledge", description = "12345 知识库 — articles for direct answers")
public class KnowledgeController {

    private final KnowledgeService knowledge;
    private final Clock clock;

    public KnowledgeController(KnowledgeService knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Write a draft article for the centre's region or one below it")
    public ResponseEntity<ArticleResponse> create(@Valid @RequestBody ArticleRequest request, Actor actor) {
        Article a = knowledge.create(request.region(), content(request), actor);
        return ResponseEntity.created(URI.create("/api/hotline/knowledge/articles/" + a.id()))
                .eTag(etag(a.rowVersion())).body(ArticleResponse.of(a));
    }

    @GetMapping
    @Operation(summary = "Search published articles valid today that serve the agent's region, best match first")
    public ArticlePage search(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String categoryCode,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int size, Actor actor) {
        KnowledgeService.SearchResult result = knowledge.search(q, categoryCode, page, size, actor);
        return new ArticlePage(result.found().stream().map(f -> ArticleHit.of(f.article(), f.score())).toList(), page,
                size, result.total());
    }

    /** One page of search hits. */
    public record ArticlePage(List<ArticleHit> content, int page, int size, long totalElements) {
    }

    /** A hit: the published version's text to read out, and how often the article answered callers. */
    public record ArticleHit(String id, String region, int version, String title, String body, String categoryCode,
            LocalDate validUntil, long useCount, float score) {

        static ArticleHit of(Article a, float score) {
            var c = a.latest().content();
            return new ArticleHit(a.id().toString(), a.region(), a.latest().number(), c.title(), c.body(),
                    c.categoryCode(), c.validUntil(), a.useCount(), score);
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "An article with its latest version and the list of versions")
    public ResponseEntity<ArticleResponse> get(@PathVariable ArticleId id, Actor actor) {
        Article a = knowledge.view(id, actor);
        return ResponseEntity.ok().eTag(etag(a.rowVersion())).body(ArticleResponse.of(a));
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "One version as written (also after later edits or retirement: tickets cite it)")
    public VersionResponse version(@PathVariable ArticleId id, @PathVariable @Min(1) @Max(100_000) int number,
            Actor actor) {
        Article a = knowledge.view(id, actor);
        return a.version(number).map(v -> VersionResponse.of(a.id(), v))
                .orElseThrow(() -> new NotFoundException("ARTICLE_VERSION_NOT_FOUND",
                        "Article " + id + " has no version " + number, id, number));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit: a new version, back to DRAFT until another agent publishes it")
    public ResponseEntity<ArticleResponse> edit(@PathVariable ArticleId id, @Valid @RequestBody ArticleRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(knowledge.edit(id, content(request), version(ifMatch), actor));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish the latest version (by an agent other than its author; 422 PUBLISHER_IS_AUTHOR)")
    public ResponseEntity<ArticleResponse> publish(@PathVariable ArticleId id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(knowledge.publish(id, version(ifMatch), actor));
    }

    @PostMapping("/{id}/retirement")
    @Operation(summary = "Retire for good, with a reason (the versions stay readable)")
    public ResponseEntity<ArticleResponse> retire(@PathVariable ArticleId id,
            @Valid @RequestBody RetirementRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(knowledge.retire(id, request.reason(), version(ifMatch), actor));
    }

    private ArticleContent content(ArticleRequest r) {
        return new ArticleContent(r.title().strip(), r.body().strip(), r.categoryCode(), r.keywords(),
                r.validFrom() == null ? ShanghaiDate.of(clock.instant()) : r.validFrom(), r.validUntil());
    }

    private static ResponseEntity<ArticleResponse> respond(Article a) {
        return ResponseEntity.ok().eTag(etag(a.rowVersion())).body(ArticleResponse.of(a));
    }

    /** The article version out of If-Match ({@code "3"} or {@code W/"3"}); absent → no check. */
    private static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(header.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidArticleException("IF_MATCH_INVALID", "If-Match",
                    "If-Match carries the ETag of the article as returned (e.g. \"3\")", header);
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
