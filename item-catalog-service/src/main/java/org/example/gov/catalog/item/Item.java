package org.example.gov.catalog.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;

/**
 * An implementation item (实施清单) and all its versions. Lifecycle of the latest version:
 * DRAFT --submit--> IN_REVIEW --approve--> PUBLISHED (version n, effective date); IN_REVIEW --reject--> DRAFT;
 * editing a PUBLISHED item opens version n+1 as a DRAFT while n stays in force until n+1 takes effect;
 * cancel ends the item (CANCELLED). Published versions never change.
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

    /** A new draft (version 1); the time-limit rules and the base item's inherited fields are checked now. */
    public static Item draft(String code, BaseItem base, ItemContent content) {
        PublicationRules.checkInherited(content, base);
        PublicationRules.checkTimeLimits(content);
        return new Item(ItemId.newId(), code, base == null ? null : base.code(), List.of(ItemVersion.draft(1, content)),
                null, null, null, 0);
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

    /** Changes the draft, or opens version n+1 as a draft when the latest version is published. */
    public void edit(ItemContent content, BaseItem base) {
        require("edit", ItemStatus.DRAFT, ItemStatus.PUBLISHED);
        PublicationRules.checkInherited(content, base);
        PublicationRules.checkTimeLimits(content);
        if (latest().status() == ItemStatus.DRAFT) {
            latest().replace(content);
        } else {
            versions.add(ItemVersion.draft(latest().number() + 1, content));
        }
    }

    /** The maintainer asks for review: the draft must now be publishable. */
    public void submit() {
        require("submit", ItemStatus.DRAFT);
        PublicationRules.checkPublishable(latest().content());
        latest().submit();
    }

    /** The reviewer publishes the version under review, in force from {@code effectiveDate} (not in the past). */
    public void approve(LocalDate effectiveDate, LocalDate today, Instant now, String reviewer) {
        require("approve", ItemStatus.IN_REVIEW);
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
        latest().publish(effectiveDate, now, reviewer);
    }

    public void reject(String reason, String reviewer) {
        require("reject", ItemStatus.IN_REVIEW);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolationException("REJECTION_REASON_REQUIRED", "reason", "退回审核必须说明理由");
        }
        latest().reject(reason, reviewer);
    }

    /** Cancels the item from {@code today}: it leaves the public catalogue; its versions stay readable. */
    public void cancel(LocalDate today, Instant now, String reason) {
        require("cancel", ItemStatus.DRAFT, ItemStatus.PUBLISHED);
        this.cancelDate = today;
        this.cancelledAt = now;
        this.cancelReason = reason;
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
