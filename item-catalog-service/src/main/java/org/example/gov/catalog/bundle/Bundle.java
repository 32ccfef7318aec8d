package org.example.gov.catalog.bundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.catalog.item.CatalogueStaff;
import org.example.gov.catalog.item.ItemId;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.security.Actor;

/**
 * 一件事一次办: one life event (出生, 企业开办, 身后...) grouping implementation items of several departments, with the
 * materials submitted once for several of them. Rules: at least {@value #MIN_ITEMS} distinct items from at least
 * {@value #MIN_DEPARTMENTS} departments; every shared material names at least {@value #MIN_ITEMS_PER_MATERIAL} of the
 * bundle's own items. Lifecycle: DRAFT --publish--> PUBLISHED (every item must be in force in the catalogue);
 * DRAFT or PUBLISHED --cancel--> CANCELLED.
 *
 * <p>Who may act ({@link CatalogueStaff}), as for items: maintainers whose scope covers the bundle's region draft and
 * cancel it, reviewers in scope publish it but never a bundle they drafted (four eyes); out of scope a bundle answers
 * 404, and one never published is seen only by staff in scope.
 */
public final class Bundle {

    public static final int MIN_ITEMS = 2;
    public static final int MIN_DEPARTMENTS = 2;
    public static final int MIN_ITEMS_PER_MATERIAL = 2;

    private final BundleId id;
    private final String code;
    private final String name;
    private final String topic;
    private final String region;
    private final String description;
    private final List<BundleItem> items;
    private final List<SharedMaterial> sharedMaterials;
    private final String draftedBy;
    private BundleStatus status;
    private Instant publishedAt;
    private String publishedBy;
    private Instant cancelledAt;
    private String cancelReason;
    private final long rowVersion;

    private Bundle(BundleId id, String code, String name, String topic, String region, String description,
            List<BundleItem> items, List<SharedMaterial> sharedMaterials, String draftedBy, BundleStatus status,
            Instant publishedAt, String publishedBy, Instant cancelledAt, String cancelReason, long rowVersion) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.topic = topic;
        this.region = region;
        this.description = description;
        this.items = List.copyOf(items);
        this.sharedMaterials = List.copyOf(sharedMaterials);
        this.draftedBy = draftedBy;
        this.status = status;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.cancelledAt = cancelledAt;
        this.cancelReason = cancelReason;
        this.rowVersion = rowVersion;
    }

    /**
     * A new draft; every structural rule is checked now, the items' publication state when publishing. The region is
     * the maintainer's own choice, so one outside their scope is a plain 403.
     */
    public static Bundle draft(String code, String name, String topic, String region, String description,
            List<BundleItem> items, List<SharedMaterial> sharedMaterials, Actor maintainer) {
        List<BundleItem> its = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
        List<SharedMaterial> shared = sharedMaterials == null ? List.of()
                : sharedMaterials.stream().filter(Objects::nonNull).toList();
        requireText(code, "BUNDLE_CODE_REQUIRED", "code", "一件事必须有编码");
        requireText(name, "BUNDLE_NAME_REQUIRED", "name", "一件事必须有名称");
        requireText(topic, "BUNDLE_TOPIC_REQUIRED", "topic", "一件事必须写明所属的人生事件主题（如 出生、企业开办、身后）");
        if (region == null || !region.matches("\\d{6}")) {
            throw new BusinessRuleViolationException("BUNDLE_REGION_INVALID", "region", "一件事必须写明 6 位行政区划代码",
                    region);
        }
        if (!CatalogueStaff.maintaining(maintainer).covers(region, null)) {
            throw new ForbiddenException("BUNDLE_REGION_OUT_OF_SCOPE", "region",
                    "The region " + region + " is outside the maintainer's scope", region);
        }
        checkItems(its);
        checkSharedMaterials(shared, its);
        return new Bundle(BundleId.newId(), code.trim(), name.trim(), topic.trim(), region, description, its, shared,
                maintainer.id(), BundleStatus.DRAFT, null, null, null, null, 0);
    }

    public static Bundle restore(BundleId id, String code, String name, String topic, String region, String description,
            List<BundleItem> items, List<SharedMaterial> sharedMaterials, String draftedBy, BundleStatus status,
            Instant publishedAt, String publishedBy, Instant cancelledAt, String cancelReason, long rowVersion) {
        return new Bundle(id, code, name, topic, region, description, items, sharedMaterials, draftedBy, status,
                publishedAt, publishedBy, cancelledAt, cancelReason, rowVersion);
    }

    private static void checkItems(List<BundleItem> items) {
        Set<ItemId> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).itemId())) {
                throw new BusinessRuleViolationException("BUNDLE_DUPLICATE_ITEM", "items[" + i + "]",
                        "一件事中同一事项只能出现一次", items.get(i).code());
            }
        }
        if (items.size() < MIN_ITEMS) {
            throw new BusinessRuleViolationException("BUNDLE_TOO_FEW_ITEMS", "items", "一件事至少要包含 2 个实施清单事项",
                    items.size(), MIN_ITEMS);
        }
        long departments = items.stream().map(BundleItem::department).filter(Objects::nonNull).map(String::trim)
                .distinct().count();
        if (departments < MIN_DEPARTMENTS) {
            throw new BusinessRuleViolationException("BUNDLE_SINGLE_DEPARTMENT", "items",
                    "一件事的事项必须来自至少 2 个部门", departments, MIN_DEPARTMENTS);
        }
    }

    private static void checkSharedMaterials(List<SharedMaterial> shared, List<BundleItem> items) {
        Set<ItemId> bundled = new HashSet<>(items.stream().map(BundleItem::itemId).toList());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < shared.size(); i++) {
            SharedMaterial m = shared.get(i);
            String field = "sharedMaterials[" + i + "]";
            if (m.name() == null || m.name().isBlank()) {
                throw new BusinessRuleViolationException("SHARED_MATERIAL_NAME_REQUIRED", field + ".name",
                        "第 {0} 项共享材料没有名称", i + 1);
            }
            if (!names.add(m.name().trim())) {
                throw new BusinessRuleViolationException("SHARED_MATERIAL_DUPLICATE", field + ".name",
                        "共享材料重复", m.name());
            }
            for (ItemId ref : m.itemIds()) {
                if (!bundled.contains(ref)) {
                    throw new BusinessRuleViolationException("SHARED_MATERIAL_UNKNOWN_ITEM", field + ".itemIds",
                            "共享材料引用了不属于本一件事的事项", m.name(), ref.toString());
                }
            }
            if (new LinkedHashSet<>(m.itemIds()).size() < MIN_ITEMS_PER_MATERIAL) {
                throw new BusinessRuleViolationException("SHARED_MATERIAL_TOO_FEW_ITEMS", field + ".itemIds",
                        "共享材料必须满足本一件事的至少 2 个事项", m.name(), MIN_ITEMS_PER_MATERIAL);
            }
        }
    }

    /**
     * The reviewer publishes the bundle: every grouped item must be published and in force in the catalogue today
     * ({@code inForce}); the first that is not is named in the 422.
     */
    public void publish(Predicate<ItemId> inForce, Instant now, Actor reviewer) {
        requireInScope(CatalogueStaff.reviewing(reviewer));
        require("publish", BundleStatus.DRAFT);
        if (reviewer.id().equals(draftedBy)) {
            throw new ForbiddenException("REVIEWER_IS_AUTHOR", null,
                    "The reviewer drafted this bundle; someone else must review it", code);
        }
        for (int i = 0; i < items.size(); i++) {
            BundleItem item = items.get(i);
            if (!inForce.test(item.itemId())) {
                throw new BusinessRuleViolationException("BUNDLE_ITEM_NOT_PUBLISHED", "items[" + i + "]",
                        "事项未发布或不在有效期内，一件事不能发布", item.code(), item.itemId().toString());
            }
        }
        status = BundleStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = reviewer.id();
    }

    /** Withdraws the bundle (a draft or a published one); its items stay in the catalogue. */
    public void cancel(Instant now, String reason, Actor maintainer) {
        requireInScope(CatalogueStaff.maintaining(maintainer));
        require("cancel", BundleStatus.DRAFT, BundleStatus.PUBLISHED);
        status = BundleStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
    }

    /**
     * The combined promised limit (合并承诺时限) of the bundle in working days: the items are handled in parallel
     * ("one window, one network"), so it is the largest promised limit of its items; an instant item (即办件) counts 0.
     * Null when no item's limit is known.
     */
    public static Integer combinedPromisedDays(List<Integer> promisedDays) {
        return promisedDays.stream().filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    public List<String> allowedActions() {
        return switch (status) {
            case DRAFT -> List.of("publish", "cancel");
            case PUBLISHED -> List.of("cancel");
            case CANCELLED -> List.of();
        };
    }

    /** Public once published (also after cancellation); until then only for catalogue staff in scope. */
    public boolean visibleTo(Actor actor) {
        return publishedAt != null || CatalogueStaff.working(actor).covers(region, null);
    }

    /** 404 for what the actor may not see, as for a missing bundle. */
    public void requireVisibleTo(Actor actor) {
        if (!visibleTo(actor)) {
            throw notFound();
        }
    }

    /** Out of scope answers as if the bundle did not exist, before any state is revealed. */
    private void requireInScope(Scope scope) {
        if (!scope.covers(region, null)) {
            throw notFound();
        }
    }

    private NotFoundException notFound() {
        return new NotFoundException("BUNDLE_NOT_FOUND", "No bundle " + id, id);
    }

    private void require(String action, BundleStatus... allowed) {
        for (BundleStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw new IllegalTransitionException(status.name(), action, allowedActions());
    }

    private static void requireText(String value, String code, String field, String detail) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleViolationException(code, field, detail);
        }
    }

    public List<ItemId> itemIds() {
        return new ArrayList<>(items.stream().map(BundleItem::itemId).toList());
    }

    public BundleId id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String topic() { return topic; }
    public String region() { return region; }
    public String description() { return description; }
    public List<BundleItem> items() { return items; }
    public List<SharedMaterial> sharedMaterials() { return sharedMaterials; }
    public String draftedBy() { return draftedBy; }
    public BundleStatus status() { return status; }
    public Instant publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelReason() { return cancelReason; }
    public long rowVersion() { return rowVersion; }
}
