package org.example.gov.catalog.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of an item: a draft, under review, or published (then immutable and readable forever). {@code authors}
 * are everyone who wrote or submitted this version (ids from their tokens), kept for the four-eyes rule: none of them
 * may review it.
 */
public final class ItemVersion {

    private final int number;
    private ItemContent content;
    private ItemStatus status;
    private LocalDate effectiveDate;
    private Instant publishedAt;
    private String reviewer;
    private String rejectionReason;
    private final List<String> authors;

    public ItemVersion(int number, ItemContent content, ItemStatus status, LocalDate effectiveDate, Instant publishedAt,
            String reviewer, String rejectionReason, List<String> authors) {
        this.number = number;
        this.content = content;
        this.status = status;
        this.effectiveDate = effectiveDate;
        this.publishedAt = publishedAt;
        this.reviewer = reviewer;
        this.rejectionReason = rejectionReason;
        this.authors = new ArrayList<>(authors == null ? List.of() : authors);
    }

    static ItemVersion draft(int number, ItemContent content, String author) {
        return new ItemVersion(number, content, ItemStatus.DRAFT, null, null, null, null, List.of(author));
    }

    void addAuthor(String author) {
        if (!authors.contains(author)) {
            authors.add(author);
        }
    }

    boolean writtenBy(String actorId) {
        return authors.contains(actorId);
    }

    void replace(ItemContent newContent) {
        this.content = newContent;
    }

    void submit() {
        this.status = ItemStatus.IN_REVIEW;
        this.rejectionReason = null;
    }

    void publish(LocalDate effective, Instant now, String by) {
        this.status = ItemStatus.PUBLISHED;
        this.effectiveDate = effective;
        this.publishedAt = now;
        this.reviewer = by;
    }

    void reject(String reason, String by) {
        this.status = ItemStatus.DRAFT;
        this.rejectionReason = reason;
        this.reviewer = by;
    }

    public boolean published() {
        return status == ItemStatus.PUBLISHED;
    }

    public int number() { return number; }
    public ItemContent content() { return content; }
    public ItemStatus status() { return status; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public Instant publishedAt() { return publishedAt; }
    public String reviewer() { return reviewer; }
    public String rejectionReason() { return rejectionReason; }
    public List<String> authors() { return List.copyOf(authors); }
}
