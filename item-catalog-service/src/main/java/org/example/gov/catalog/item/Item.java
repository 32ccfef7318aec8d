package org.example.gov.catalog.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;

/**
 * An implementation item (实施清单) with its time limits. The rules that make an item publishable live
 * here: promised ≤ legal, 即办件 have no promised days. (The full service guide, base items and the review
 * step are the catalogue issue's; this is the slice the first end-to-end flow needs.)
 */
public final class Item {

    private final ItemId id;
    private final String code;
    private final String name;
    private final String department;
    private final String region;
    private final ItemKind kind;
    private final int legalDays;
    private final Integer promisedDays;
    private ItemStatus status;
    private int publishedVersion;
    private LocalDate effectiveDate;
    private Instant publishedAt;
    private final long rowVersion;

    private Item(ItemId id, String code, String name, String department, String region, ItemKind kind, int legalDays,
            Integer promisedDays, ItemStatus status, int publishedVersion, LocalDate effectiveDate, Instant publishedAt,
            long rowVersion) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.department = department;
        this.region = region;
        this.kind = kind;
        this.legalDays = legalDays;
        this.promisedDays = promisedDays;
        this.status = status;
        this.publishedVersion = publishedVersion;
        this.effectiveDate = effectiveDate;
        this.publishedAt = publishedAt;
        this.rowVersion = rowVersion;
    }

    /** A new draft; the time-limit rules are checked now so a maintainer learns of a mistake at once. */
    public static Item draft(String code, String name, String department, String region, ItemKind kind, int legalDays,
            Integer promisedDays) {
        if (kind == ItemKind.INSTANT && promisedDays != null && promisedDays != 0) {
            throw new BusinessRuleViolationException("INSTANT_ITEM_HAS_PROMISED_DAYS", "promisedDays",
                    "即办件不设承诺办结时限");
        }
        if (kind == ItemKind.PROMISED) {
            if (promisedDays == null || promisedDays < 1) {
                throw new BusinessRuleViolationException("PROMISED_DAYS_REQUIRED", "promisedDays",
                        "承诺件必须填写承诺办结时限（工作日）");
            }
            if (promisedDays > legalDays) {
                throw new BusinessRuleViolationException("PROMISED_EXCEEDS_LEGAL", "promisedDays",
                        "承诺办结时限不得超过法定办结时限", promisedDays, legalDays);
            }
        }
        return new Item(ItemId.newId(), code, name, department, region, kind, legalDays,
                kind == ItemKind.INSTANT ? null : promisedDays, ItemStatus.DRAFT, 0, null, null, 0);
    }

    public static Item restore(ItemId id, String code, String name, String department, String region, ItemKind kind,
            int legalDays, Integer promisedDays, ItemStatus status, int publishedVersion, LocalDate effectiveDate,
            Instant publishedAt, long rowVersion) {
        return new Item(id, code, name, department, region, kind, legalDays, promisedDays, status, publishedVersion,
                effectiveDate, publishedAt, rowVersion);
    }

    /** Publishes the draft as version 1 (or the next version), in force from {@code effectiveDate}. */
    public void publish(LocalDate effectiveDate, Instant now) {
        if (status != ItemStatus.DRAFT) {
            throw new IllegalTransitionException(status.name(), "publish", allowedActions());
        }
        this.status = ItemStatus.PUBLISHED;
        this.publishedVersion = publishedVersion + 1;
        this.effectiveDate = effectiveDate;
        this.publishedAt = now;
    }

    public List<String> allowedActions() {
        return switch (status) {
            case DRAFT -> List.of("publish");
            case PUBLISHED, CANCELLED -> List.of();
        };
    }

    public ItemId id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String department() { return department; }
    public String region() { return region; }
    public ItemKind kind() { return kind; }
    public int legalDays() { return legalDays; }
    public Integer promisedDays() { return promisedDays; }
    public ItemStatus status() { return status; }
    public int publishedVersion() { return publishedVersion; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public Instant publishedAt() { return publishedAt; }
    public long rowVersion() { return rowVersion; }
}
