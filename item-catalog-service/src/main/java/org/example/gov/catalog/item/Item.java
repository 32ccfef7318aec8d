package org.example.gov.catalog.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.security.Actor;

/**
 * An implementation item (实施清单) and all its versions. Lifecycle of the latest version:
 * DRAFT --submit--> IN_REVIEW --approve--> PUBLISHED (version n, effective date); IN_REVIEW --reject--> DRAFT;
 * editing a PUBLISHED item opens version n+1 as a DRAFT while n stays in force until n+1 takes effect;
 * cancel ends the item (CANCELLED). Published versions never change.
 *
 * <p>Who may act ({@link CatalogueStaff}): maintainers whose scope covers the item's region draft, edit, submit and
 * cancel it; reviewers whose scope covers it approve or reject, but never a version they wrote or submitted (four eyes).
 * For anyone out of scope an existing item answers 404 like a missing one, so its existence is not confirmed; until
 * a version is published, the item is seen only by staff in scope.
 */
public final class Item {

    private final ItemId id;
    private final String code;
    private final String baseCode;
    private final List<ItemVersion> versions;
    private LocalDate cancelDate;
    private Instant cancelledAt;
    private String cancelReason;
    private final long rowVersion;

    private Item(ItemId id, String code, String baseCode, List<ItemVersion> versions, LocalDate cancelDate,
            Instant cancelledAt, String cancelReason, long rowVersion) {
        this.id = id;
        this.code = code;
        this.baseCode = baseCode;
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(ItemVersion::number));
        this.cancelDate = cancelDate;
        this.cancelledAt = cancelledAt;
        this.cancelReason = cancelReason;
        this.rowVersion = rowVersion;
    }

    /**
     * A new draft (version 1); the time-limit rules and the base item's inherited fields are checked now. The region is
     * the maintainer's own choice, so naming one outside their scope is a plain 403 (nothing hidden is confirmed).
     */
    public static Item draft(String code, BaseItem base, ItemContent content, Actor maintainer) {
        if (!CatalogueStaff.maintaining(maintainer).covers(content.region(), content.department())) {
            throw new ForbiddenException("ITEM_REGION_OUT_OF_SCOPE", "region",
                    "The region " + content.region() + " is outside the maintainer's scope", content.region());
        }
        PublicationRules.checkInherited(content, base);
        PublicationRules.checkTimeLimits(content);
        return new Item(ItemId.newId(), code, base == null ? null : base.code(),
                List.of(ItemVersion.draft(1, content, maintainer.id())), null, null, null, 0);
    }

    /** The implementation code: base code + exercise level + region code + department code. */
    public static String implementationCode(String baseCode, ExerciseLevel level, String region, String departmentCode) {
        if (level == null) {
            throw new BusinessRuleViolationException("LEVEL_REQUIRED", "level", "按基本目录生成实施编码需要行使层级");
        }
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new BusinessRuleViolationException("DEPARTMENT_CODE_REQUIRED", "departmentCode",
                    "按基本目录生成实施编码需要实施主体编码");
        }
        return baseCode + "-" + level.digit() + region + "-" + departmentCode;
    }

    public static Item restore(ItemId id, String code, String baseCode, List<ItemVersion> versions, LocalDate cancelDate,
            Instant cancelledAt, String cancelReason, long rowVersion) {
        return new Item(id, code, baseCode, versions, cancelDate, cancelledAt, cancelReason, rowVersion);
    }

    /**
     * Changes the draft, or opens version n+1 as a draft when the latest version is published. The region stays: it is
     * part of the implementation code (one implementation item per region and department), and moving an item would
     * take it out of the scope of the staff who maintain and review it.
     */
    public void edit(ItemContent content, BaseItem base, Actor maintainer) {
        requireInScope(CatalogueStaff.maintaining(maintainer));
        require("edit", ItemStatus.DRAFT, ItemStatus.PUBLISHED);
        if (!region().equals(content.region())) {
            throw new BusinessRuleViolationException("ITEM_REGION_CHANGED", "region",
                    "An implementation item keeps its region", region(), content.region());
        }
        PublicationRules.checkInherited(content, base);
        PublicationRules.checkTimeLimits(content);
        if (latest().status() == ItemStatus.DRAFT) {
            latest().replace(content);
            latest().addAuthor(maintainer.id());
        } else {
            versions.add(ItemVersion.draft(latest().number() + 1, content, maintainer.id()));
        }
    }

    /** The maintainer asks for review: the draft must now be publishable. */
    public void submit(Actor maintainer) {
        requireInScope(CatalogueStaff.maintaining(maintainer));
        require("submit", ItemStatus.DRAFT);
        PublicationRules.checkPublishable(latest().content());
        latest().submit();
        latest().addAuthor(maintainer.id());
    }

    /** The reviewer publishes the version under review, in force from {@code effectiveDate} (not in the past). */
    public void approve(LocalDate effectiveDate, LocalDate today, Instant now, Actor reviewer) {
        requireReviewable(reviewer, "approve");
        PublicationRules.checkPublishable(latest().content());
        if (effectiveDate.isBefore(today)) {
            throw new BusinessRuleViolationException("EFFECTIVE_DATE_IN_PAST", "effectiveDate", "生效日期不得早于今天",
                    effectiveDate, today);
        }
        Optional<ItemVersion> previous = latestPublished();
        if (previous.isPresent() && effectiveDate.isBefore(previous.get().effectiveDate())) {
            throw new BusinessRuleViolationException("EFFECTIVE_DATE_BEFORE_PREVIOUS", "effectiveDate",
                    "新版本的生效日期必须晚于上一版本的生效日期", effectiveDate, previous.get().effectiveDate());
        }
        latest().publish(effectiveDate, now, reviewer.id());
    }

    public void reject(String reason, Actor reviewer) {
        requireReviewable(reviewer, "reject");
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolationException("REJECTION_REASON_REQUIRED", "reason", "退回审核必须说明理由");
        }
        latest().reject(reason, reviewer.id());
    }

    /** Cancels the item from {@code today}: it leaves the public catalogue; its versions stay readable. */
    public void cancel(LocalDate today, Instant now, String reason, Actor maintainer) {
        requireInScope(CatalogueStaff.maintaining(maintainer));
        require("cancel", ItemStatus.DRAFT, ItemStatus.PUBLISHED);
        this.cancelDate = today;
        this.cancelledAt = now;
        this.cancelReason = reason;
    }

    /**
     * Whether the actor sees what is not public yet (drafts, versions under review, an item never published): catalogue
     * staff whose scope covers the item.
     */
    public boolean showsDraftsTo(Actor actor) {
        return CatalogueStaff.working(actor).covers(region(), latest().content().department());
    }

    /** 404, as for a missing item, unless a version was ever published (public) or the actor works on it. */
    public void requireVisibleTo(Actor actor) {
        if (latestPublished().isEmpty() && !showsDraftsTo(actor)) {
            throw notFound();
        }
    }

    /** The region the item is implemented in (fixed at drafting, see {@link #edit}). */
    public String region() {
        return latest().content().region();
    }

    /** In scope, in review, and not the reviewer's own work: a reviewer never approves what they wrote or submitted. */
    private void requireReviewable(Actor reviewer, String action) {
        requireInScope(CatalogueStaff.reviewing(reviewer));
        require(action, ItemStatus.IN_REVIEW);
        if (latest().writtenBy(reviewer.id())) {
            throw new ForbiddenException("REVIEWER_IS_AUTHOR", null,
                    "The reviewer wrote or submitted this version; someone else must review it", code);
        }
    }

    /** Out of scope answers as if the item did not exist, before any state is revealed. */
    private void requireInScope(Scope scope) {
        if (!scope.covers(region(), latest().content().department())) {
            throw notFound();
        }
    }

    private NotFoundException notFound() {
        return new NotFoundException("ITEM_NOT_FOUND", "No item " + id, id);
    }

    private void require(String action, ItemStatus... states) {
        ItemStatus current = status();
        for (ItemStatus s : states) {
            if (s == current) {
                return;
            }
        }
        throw new IllegalTransitionException(current.name(), action, allowedActions());
    }

    public ItemStatus status() {
        return cancelledAt != null ? ItemStatus.CANCELLED : latest().status();
    }

    public List<String> allowedActions() {
        return switch (status()) {
            case DRAFT -> List.of("edit", "submit", "cancel");
            case IN_REVIEW -> List.of("approve", "reject");
            case PUBLISHED -> List.of("edit", "cancel");
            case CANCELLED -> List.of();
        };
    }

    /** The published version in force on {@code day}: the newest one whose effective date has come. */
    public Optional<ItemVersion> versionInForce(LocalDate day) {
        if (cancelDate != null && !cancelDate.isAfter(day)) {
            return Optional.empty();
        }
        return versions.stream().filter(ItemVersion::published).filter(v -> !v.effectiveDate().isAfter(day))
                .max(Comparator.comparingInt(ItemVersion::number));
    }

    public Optional<ItemVersion> latestPublished() {
        return versions.stream().filter(ItemVersion::published).max(Comparator.comparingInt(ItemVersion::number));
    }

    public ItemVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("ITEM_VERSION_NOT_FOUND", "No version " + number, id, number));
    }

    public ItemVersion latest() {
        return versions.getLast();
    }

    public ItemId id() { return id; }
    public String code() { return code; }
    public String baseCode() { return baseCode; }
    public List<ItemVersion> versions() { return List.copyOf(versions); }
    public LocalDate cancelDate() { return cancelDate; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelReason() { return cancelReason; }
    public long rowVersion() { return rowVersion; }
}
