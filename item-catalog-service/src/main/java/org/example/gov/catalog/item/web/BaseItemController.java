package org.example.gov.catalog.item.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.catalog.item.BaseItem;
import org.example.gov.catalog.item.ItemService;
import org.example.gov.catalog.item.ItemType;
import org.example.gov.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Base items (基本目录): maintained by provincial catalogue maintainers (they hold province-wide), read by anyone. */
@RestController
@RequestMapping("/api/catalog/base-items")
public class BaseItemController {

    private final ItemService items;

    public BaseItemController(ItemService items) {
        this.items = items;
    }

    @PostMapping
    @PreAuthorize("hasRole('CATALOG_MAINTAINER')")
    public ResponseEntity<BaseItemResponse> create(@Valid @RequestBody BaseItemRequest r, Actor actor) {
        BaseItem base = items.createBase(new BaseItem(r.code(), r.name(), r.itemType(), r.legalBasis()), actor);
        return ResponseEntity.created(URI.create("/api/catalog/base-items/" + base.code())).body(BaseItemResponse.of(base));
    }

    @GetMapping("/{code}")
    public BaseItemResponse get(@PathVariable String code) {
        return BaseItemResponse.of(items.base(code));
    }

    @GetMapping
    public List<BaseItemResponse> list() {
        return items.bases().stream().map(BaseItemResponse::of).toList();
    }

    public record BaseItemRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+") String code,
            @NotBlank @Size(max = 200) String name, @NotNull ItemType itemType,
            List<@NotBlank @Size(max = 500) String> legalBasis) {
    }

    public record BaseItemResponse(String code, String name, ItemType itemType, String itemTypeLabel, List<String> legalBasis) {
        static BaseItemResponse of(BaseItem b) {
            return new BaseItemResponse(b.code(), b.name(), b.itemType(), b.itemType().label(), b.legalBasis());
        }
    }
}
