package org.example.gov.catalog.bundle.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.catalog.bundle.Bundle;
import org.example.gov.catalog.bundle.BundleCatalogue;
import org.example.gov.catalog.bundle.BundleId;
import org.example.gov.catalog.bundle.BundleService;
import org.example.gov.catalog.bundle.BundleStatus;
import org.example.gov.catalog.item.ItemId;
import org.example.gov.catalog.item.ItemKind;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
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
 * 一件事一次办 bundles. Maintainers draft and cancel them, reviewers publish them; anyone reads published (and
 * cancelled) bundles, served from memory, with each item's name, department and promised limit in force today and the
 * combined promised limit (the largest of the items', as they are handled in parallel). Drafts are for catalogue staff.
 */
@RestController
@RequestMapping("/api/catalog/bundles")
@Validated
public class BundleController {

    private final BundleService bundles;

    public BundleController(BundleService bundles) {
        this.bundles = bundles;
    }

    @PostMapping
    @PreAuthorize("hasRole('CATALOG_MAINTAINER')")
    public ResponseEntity<BundleResponse> create(@Valid @RequestBody BundleRequest request, Actor actor) {
        Bundle bundle = bundles.create(request.code(), request.name(), request.topic(), request.region(),
                request.description(), ids(request.itemIds()),
                request.sharedMaterials() == null ? List.of() : request.sharedMaterials().stream()
                        .map(m -> new BundleService.MaterialDraft(m.name(), ids(m.itemIds()))).toList(), actor);
        return ResponseEntity.created(URI.create("/api/catalog/bundles/" + bundle.id()))
                .body(BundleResponse.of(bundles.view(bundle)));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize("hasRole('CATALOG_REVIEWER')")
    public BundleResponse publish(@PathVariable BundleId id, Actor actor) {
        return BundleResponse.of(bundles.view(bundles.publish(id, actor)));
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize("hasRole('CATALOG_MAINTAINER')")
    public BundleResponse cancel(@PathVariable BundleId id, @RequestBody(required = false) ReasonRequest request,
            Actor actor) {
        return BundleResponse.of(bundles.view(bundles.cancel(id, request == null ? null : request.reason(), actor)));
    }

    /** From memory; a draft only for catalogue staff in scope (404 for anyone else). */
    @GetMapping("/{id}")
    public BundleResponse get(@PathVariable BundleId id, Actor actor) {
        return BundleResponse.of(bundles.view(bundles.get(id, actor)));
    }

    /**
     * Published bundles by topic and region, ordered by code; catalogue staff may ask for another status, and see the
     * unpublished ones of their scope only.
     */
    @GetMapping
    public Page<BundleResponse> list(@RequestParam(required = false) @Size(max = 64) String topic,
            @RequestParam(required = false) @Size(max = 6) String region,
            @RequestParam(required = false) BundleStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Actor actor) {
        BundleStatus wanted = status != null && staff(actor) ? status : BundleStatus.PUBLISHED;
        BundleCatalogue.Result result = bundles.list(new BundleCatalogue.Query(topic, region, wanted, page, size), actor);
        return new Page<>(result.content().stream().map(b -> BundleResponse.of(bundles.view(b))).toList(), page, size,
                result.total());
    }

    private static List<ItemId> ids(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().map(u -> u == null ? null : new ItemId(u)).toList();
    }

    private static boolean staff(Actor actor) {
        return actor != null && (actor.has(Role.CATALOG_MAINTAINER) || actor.has(Role.CATALOG_REVIEWER));
    }

    public record BundleRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String topic,
            @NotBlank @Pattern(regexp = "\\d{6}") String region,
            @Size(max = 2000) String description,
            @NotNull @Size(max = 50) List<UUID> itemIds,
            @Size(max = 50) List<@Valid SharedMaterialRequest> sharedMaterials) {
    }

    public record SharedMaterialRequest(@Size(max = 200) String name, @Size(max = 50) List<UUID> itemIds) {
    }

    public record ReasonRequest(@Size(max = 500) String reason) {
    }

    public record ItemResponse(String itemId, String code, String name, String department, ItemKind kind,
            Integer promisedDays, boolean inForce) {
    }

    public record SharedMaterialResponse(String name, List<String> itemIds, List<String> itemCodes) {
    }

    /** combinedPromisedDays: the largest promised limit of the items in force (即办件 count 0), null if none. */
    public record BundleResponse(String id, String code, String name, String topic, String region, String description,
            String status, List<ItemResponse> items, List<SharedMaterialResponse> sharedMaterials, long departments,
            Integer combinedPromisedDays, Instant publishedAt, Instant cancelledAt, List<String> allowedActions) {

        static BundleResponse of(BundleService.View view) {
            Bundle b = view.bundle();
            Map<String, String> codes = view.items().stream()
                    .collect(Collectors.toMap(BundleService.ItemLine::itemId, BundleService.ItemLine::code, (x, y) -> x));
            List<ItemResponse> items = view.items().stream().map(l -> new ItemResponse(l.itemId(), l.code(), l.name(),
                    l.department(), l.kind(), l.promisedDays(), l.inForce())).toList();
            List<SharedMaterialResponse> shared = b.sharedMaterials().stream().map(m -> {
                List<String> ids = m.itemIds().stream().map(ItemId::toString).toList();
                return new SharedMaterialResponse(m.name(), ids, ids.stream().map(codes::get).toList());
            }).toList();
            long departments = items.stream().map(ItemResponse::department).distinct().count();
            return new BundleResponse(b.id().toString(), b.code(), b.name(), b.topic(), b.region(), b.description(),
                    b.status().name(), items, shared, departments, view.combinedPromisedDays(), b.publishedAt(),
                    b.cancelledAt(), b.allowedActions());
        }
    }

    public record Page<T>(List<T> content, int page, int size, long totalElements) {
    }
}
