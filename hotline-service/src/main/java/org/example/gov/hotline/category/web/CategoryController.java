package org.example.gov.hotline.category.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.hotline.category.Category;
import org.example.gov.hotline.category.CategoryService;
import org.example.gov.platform.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The classification tree, flat in code order (each node names its parent): what intake screens offer. */
@RestController
@RequestMapping("/api/hotline/categories")
@Tag(name = "categories", description = "诉求分类 — the three-level classification tree of hotline demands")
public class CategoryController {

    private final CategoryService categories;

    public CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    public record CategoryResponse(String code, String parentCode, int level, String name, boolean leaf) {
    }

    /** Nodes to load: {@code active} false retires the node and its subtree. */
    public record LoadCategoriesRequest(@NotEmpty @Size(max = 1000) List<@NotNull @Valid Node> categories) {

        public record Node(@NotBlank @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String code,
                @NotBlank @Size(max = 100) String name, Boolean active) {
        }
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HOTLINE_AGENT', 'HOTLINE_HANDLER', 'SUPERVISOR', 'APPLICANT')")
    @Operation(summary = "List the active categories (tickets are filed under a level-3 leaf)")
    public List<CategoryResponse> list() {
        return categories.tree().stream().map(CategoryController::response).toList();
    }

    @PutMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Load categories (add, rename, retire with their subtree); provincial supervisors only")
    public List<CategoryResponse> load(@Valid @RequestBody LoadCategoriesRequest request, Actor actor) {
        categories.load(request.categories().stream()
                .map(n -> new CategoryService.Change(Category.of(n.code(), n.name()), !Boolean.FALSE.equals(n.active())))
                .toList(), actor);
        return list();
    }

    private static CategoryResponse response(Category c) {
        return new CategoryResponse(c.code(), c.parentCode(), c.level(), c.name(), c.isLeaf());
    }
}
