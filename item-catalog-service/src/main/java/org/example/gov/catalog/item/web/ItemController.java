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

import org.example.gov.catalog.item.Item;
import org.example.gov.catalog.item.ItemId;
import org.example.gov.catalog.item.ItemKind;
import org.example.gov.catalog.item.ItemService;
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

/** Catalogue items: maintainers create and publish; anyone may read published items. */
@RestController
@RequestMapping("/api/catalog/items")
@Validated
public class ItemController {

    private final ItemService items;

    public ItemController(ItemService items) {
        this.items = items;
    }

    @PostMapping
    @PreAuthorize("hasRole('CATALOG_MAINTAINER')")
    public ResponseEntity<ItemResponse> create(@Valid @RequestBody CreateItemRequest request) {
        Item item = items.create(new ItemService.NewItem(request.code(), request.name(), request.department(),
                request.region(), request.kind(), request.legalDays(), request.promisedDays()));
        return ResponseEntity.created(URI.create("/api/catalog/items/" + item.id())).body(ItemResponse.of(item));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize("hasAnyRole('CATALOG_MAINTAINER', 'CATALOG_REVIEWER')")
    public ItemResponse publish(@PathVariable ItemId id, @RequestBody(required = false) PublishRequest request) {
        return ItemResponse.of(items.publish(id, request == null ? null : request.effectiveDate()));
    }

    @GetMapping("/{id}")
    public ItemResponse get(@PathVariable ItemId id) {
        return ItemResponse.of(items.get(id));
    }

    @GetMapping
    public Page<ItemResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new Page<>(items.published(page, size).stream().map(ItemResponse::of).toList(), page, size,
                items.countPublished());
    }

    public record CreateItemRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String department,
            @NotBlank @Pattern(regexp = "\\d{6}") String region,
            @NotNull ItemKind kind,
            @NotNull @Min(1) @Max(365) Integer legalDays,
            @Min(0) @Max(365) Integer promisedDays) {
    }

    public record PublishRequest(LocalDate effectiveDate) {
    }

    public record ItemResponse(String id, String code, String name, String department, String region, ItemKind kind,
            int legalDays, Integer promisedDays, String status, int version, LocalDate effectiveDate, Instant publishedAt,
            List<String> allowedActions) {

        static ItemResponse of(Item item) {
            return new ItemResponse(item.id().toString(), item.code(), item.name(), item.department(), item.region(),
                    item.kind(), item.legalDays(), item.promisedDays(), item.status().name(), item.publishedVersion(),
                    item.effectiveDate(), item.publishedAt(), item.allowedActions());
        }
    }

    public record Page<T>(List<T> content, int page, int size, long totalElements) {
    }
}
