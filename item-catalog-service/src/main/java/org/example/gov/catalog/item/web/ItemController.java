package org.example.gov.catalog.item.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.catalog.item.ExerciseLevel;
import org.example.gov.catalog.item.Item;
import org.example.gov.catalog.item.ItemCatalogue;
import org.example.gov.catalog.item.ItemContent;
import org.example.gov.catalog.item.ItemId;
import org.example.gov.catalog.item.ItemKind;
import org.example.gov.catalog.item.ItemService;
import org.example.gov.catalog.item.ItemStatus;
import org.example.gov.catalog.item.ItemType;
import org.example.gov.catalog.item.ItemVersion;
import org.example.gov.catalog.item.OnlineDepth;
import org.example.gov.catalog.item.ServiceGuide;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.springframework.http.MediaType;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * Catalogue items. Maintainers create and edit drafts, submit them for review and cancel items; reviewers publish
 * (approve) or reject. Anyone may search and read items in force, their versions and their CPSV-AP export. The role
 * is checked here; the scope and the four-eyes rule by the item itself ({@link Item}).
 */
@RestController
@RequestMapping("/api/catalog/items")
@Validated
public class ItemController {

    private final ItemService items;
    private final JsonMapper json;

    public ItemController(ItemService items, JsonMapper json) {
        this.items = items;
        this.json = json;
    }

    @PostMapping
    @PreAuthorize("hasRole('CATALOG_MAINTAINER')")
    public ResponseEntity<ItemResponse> create(@Valid @RequestBody ItemRequest request, Actor actor) {
        Item item = items.create(request.code(), request.baseCode(), request.content(), actor);
        return ResponseEntity.created(URI.create("/api/catalog/items/" + item.id()))
                .body(ItemResponse.of(item, item.latest(), item.status().name()));
    }

    /** Edits the draft, or opens version n+1 of a published item (n stays in force). */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('CATALOG_MAINTAINER')")
    public ItemResponse edit(@PathVariable ItemId id, @Valid @RequestBody ItemRequest request, Actor actor) {
        Item item = items.edit(id, request.content(), actor);
        return ItemResponse.of(item, item.latest(), item.status().name());
    }

    @PostMapping("/{id}/review-request")
    @PreAuthorize("hasRole('CATALOG_MAINTAINER')")
    public ItemResponse submit(@PathVariable ItemId id, Actor actor) {
        Item item = items.submit(id, actor);
        return ItemResponse.of(item, item.latest(), item.status().name());
    }

    /** The reviewer approves the version under review: it is published, in force from effectiveDate (default today). */
    @PostMapping("/{id}/publication")
    @PreAuthorize("hasRole('CATALOG_REVIEWER')")
    public ItemResponse publish(@PathVariable ItemId id, @RequestBody(required = false) PublishRequest request, Actor actor) {
        Item item = items.approve(id, request == null ? null : request.effectiveDate(), actor);
        return ItemResponse.of(item, item.latest(), item.status().name());
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasRole('CATALOG_REVIEWER')")
    public ItemResponse reject(@PathVariable ItemId id, @RequestBody(required = false) ReasonRequest request, Actor actor) {
        Item item = items.reject(id, request == null ? null : request.reason(), actor);
        return ItemResponse.of(item, item.latest(), item.status().name());
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize("hasRole('CATALOG_MAINTAINER')")
    public ItemResponse cancel(@PathVariable ItemId id, @RequestBody(required = false) ReasonRequest request,
            Actor actor) {
        Item item = items.cancel(id, request == null ? null : request.reason(), actor);
        return ItemResponse.of(item, item.latestPublished().orElse(item.latest()), item.status().name());
    }

    /**
     * The version in force today (status PUBLISHED); a cancelled item answers CANCELLED, an unpublished one its draft
     * (to catalogue staff in scope only: for anyone else it does not exist).
     */
    @GetMapping("/{id}")
    public ItemResponse get(@PathVariable ItemId id, Actor actor) {
        Item item = items.read(id, actor);
        LocalDate today = items.today();
        return item.versionInForce(today).map(v -> ItemResponse.of(item, v, ItemStatus.PUBLISHED.name()))
                .orElseGet(() -> {
                    if (item.status() == ItemStatus.CANCELLED) {
                        return ItemResponse.of(item, item.latestPublished().orElse(item.latest()), ItemStatus.CANCELLED.name());
                    }
                    ItemVersion scheduled = item.latestPublished().orElse(null);
                    return scheduled != null ? ItemResponse.of(item, scheduled, "SCHEDULED")
                            : ItemResponse.of(item, item.latest(), item.latest().status().name());
                });
    }

    /** Every version: published ones for anyone, drafts only for catalogue staff in scope. */
    @GetMapping("/{id}/versions")
    public List<ItemResponse> versions(@PathVariable ItemId id, Actor actor) {
        Item item = items.read(id, actor);
        boolean drafts = item.showsDraftsTo(actor);
        return item.versions().stream().filter(v -> v.published() || drafts)
                .map(v -> ItemResponse.of(item, v, v.status().name())).toList();
    }

    @GetMapping("/{id}/versions/{number}")
    public ItemResponse version(@PathVariable ItemId id, @PathVariable int number, Actor actor) {
        Item item = items.read(id, actor);
        ItemVersion v = item.version(number);
        if (!v.published() && !item.showsDraftsTo(actor)) {
            throw new NotFoundException("ITEM_VERSION_NOT_FOUND", "No version " + number, id, number);
        }
        return ItemResponse.of(item, v, v.status().name());
    }

    /** The version in force as a CPSV-AP PublicService (JSON-LD). */
    @GetMapping(value = "/{id}/cpsv", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<String> cpsv(@PathVariable ItemId id) {
        Item item = items.get(id);
        ItemVersion v = item.versionInForce(items.today())
                .orElseThrow(() -> new NotFoundException("ITEM_NOT_IN_FORCE", "Item " + id + " has no version in force", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json"))
                .body(json.writeValueAsString(Cpsv.publicService(item.id().toString(), item.code(), item.baseCode(), v)));
    }

    /** Public search: Chinese keyword search ranked by relevance, exact filters, paging. Without q: by code. */
    @GetMapping
    public Page<ItemResponse> search(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) String department, @RequestParam(required = false) String region,
            @RequestParam(required = false) ItemType type, @RequestParam(required = false) String topic,
            @RequestParam(required = false) ServiceGuide.Scope scope, @RequestParam(required = false) OnlineDepth onlineDepth,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ItemCatalogue.Result result = items.search(new ItemCatalogue.SearchQuery(q, department, region, type, topic, scope,
                onlineDepth, page, size));
        return new Page<>(result.hits().stream().map(h -> ItemResponse.of(h.item(), h.version(), ItemStatus.PUBLISHED.name()))
                .toList(), page, size, result.total());
    }

    public record ItemRequest(
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String code,
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String baseCode,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String department,
            @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]+") String departmentCode,
            @NotBlank @Pattern(regexp = "\\d{6}") String region,
            ExerciseLevel level,
            ItemType itemType,
            List<@NotBlank @Size(max = 500) String> legalBasis,
            @NotNull ItemKind kind,
            @NotNull @Min(1) @Max(365) Integer legalDays,
            @Min(0) @Max(365) Integer promisedDays,
            @Valid ServiceGuide guide) {

        ItemContent content() {
            return new ItemContent(name, department, departmentCode, region, level, itemType, legalBasis, kind, legalDays,
                    promisedDays, guide);
        }
    }

    public record PublishRequest(LocalDate effectiveDate) {
    }

    public record ReasonRequest(@Size(max = 500) String reason) {
    }

    public record ItemResponse(String id, String code, String baseCode, String name, String department,
            String departmentCode, String region, ExerciseLevel level, ItemType itemType, List<String> legalBasis,
            ItemKind kind, int legalDays, Integer promisedDays, String status, int version, LocalDate effectiveDate,
            Instant publishedAt, String rejectionReason, LocalDate cancelDate, ServiceGuide guide,
            List<String> allowedActions) {

        static ItemResponse of(Item item, ItemVersion v, String status) {
            ItemContent c = v.content();
            return new ItemResponse(item.id().toString(), item.code(), item.baseCode(), c.name(), c.department(),
                    c.departmentCode(), c.region(), c.level(), c.itemType(), c.legalBasis(), c.kind(), c.legalDays(),
                    c.promisedDays(), status, v.number(), v.effectiveDate(), v.publishedAt(), v.rejectionReason(),
                    item.cancelDate(), c.guide(), item.allowedActions());
        }
    }

    public record Page<T>(List<T> content, int page, int size, long totalElements) {
    }
}
