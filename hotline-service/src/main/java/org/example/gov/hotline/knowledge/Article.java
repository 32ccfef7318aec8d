package org.example.gov.hotline.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.scope.RegionCode;

/**
 * A knowledge-base article (知识库) of a hotline centre: the answer agents read out to consult calls (直接答复).
 *
 * <p>Versions are never changed: an edit adds version n+1, so a ticket that cited (article, n) can still show what
 * the caller was told. An edit puts the article back to DRAFT because agents quote published text only, and text
 * nobody else has read is not published: publication is by another agent than the one who wrote the latest version
 * (four eyes, as the catalogue's REVIEWER_IS_AUTHOR). An article belongs to a region and serves that region and the
 * regions below it (a province article the whole province).
 */
public final class Article {

    private final ArticleId id;
    private final String region;
    private final List<ArticleVersion> versions;
    private final int storedVersions;
    private ArticleStatus status;
    private final String createdBy;
    private String publishedBy;
    private Instant publishedAt;
    private String retiredBy;
    private Instant retiredAt;
    private String retirementReason;
    private long useCount;
    private final long rowVersion;

    private Article(Snapshot s) {
        this.id = s.id();
        this.region = s.region();
        this.versions = new ArrayList<>(s.versions());
        this.storedVersions = s.rowVersion() < 0 ? 0 : s.versions().size();
        this.status = s.status();
        this.createdBy = s.createdBy();
        this.publishedBy = s.publishedBy();
        this.publishedAt = s.publishedAt();
        this.retiredBy = s.retiredBy();
        this.retiredAt = s.retiredAt();
        this.retirementReason = s.retirementReason();
        this.useCount = s.useCount();
        this.rowVersion = Math.max(0, s.rowVersion());
    }

    /** A new draft, version 1. {@code region} is the centre's region it serves; checked by the service. */
    public static Article draft(String region, ArticleContent content, String agentId, Instant at) {
        check(content);
        ArticleVersion first = new ArticleVersion(1, content, agentId, at);
        // rowVersion -1 marks the article unsaved: every version is new
        return new Article(new Snapshot(ArticleId.newId(), region, List.of(first), ArticleStatus.DRAFT, agentId, null,
                null, null, null, null, 0, -1));
    }

    public static Article restore(Snapshot snapshot) {
        return new Article(snapshot);
    }

    /** An edit is a new version and goes back to DRAFT until another agent publishes it. */
    public void edit(ArticleContent content, String agentId, Instant at) {
        require(ArticleAction.EDIT);
        check(content);
        versions.add(new ArticleVersion(versions.size() + 1, content, agentId, at));
        status = ArticleStatus.DRAFT;
    }

    /** Publication by an agent who did not write the latest version; an article already past its validity is refused. */
    public void publish(String agentId, Instant at, LocalDate today) {
        require(ArticleAction.PUBLISH);
        ArticleVersion latest = latest();
        if (latest.editedBy().equals(agentId)) {
            throw new BusinessRuleViolationException("PUBLISHER_IS_AUTHOR", null,
                    "Version " + latest.number() + " is yours: another agent of the centre publishes it");
        }
        LocalDate until = latest.content().validUntil();
        if (until != null && today.isAfter(until)) {
            throw new BusinessRuleViolationException("ARTICLE_EXPIRED", "validUntil",
                    "The article was valid until " + until + "; edit its validity before publishing it", until);
        }
        status = ArticleStatus.PUBLISHED;
        publishedBy = agentId;
        publishedAt = at;
    }

    /** Withdrawn for good, with the reason; the versions stay readable. */
    public void retire(String reason, String agentId, Instant at) {
        require(ArticleAction.RETIRE);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolationException("RETIREMENT_REASON_REQUIRED", "reason",
                    "Retiring an article states why");
        }
        status = ArticleStatus.RETIRED;
        retiredBy = agentId;
        retiredAt = at;
        retirementReason = reason;
    }

    /**
     * One direct answer from this article: only a published article valid today may be read out to a caller. Counts
     * the use and returns the version the ticket cites.
     */
    public ArticleVersion use(LocalDate today) {
        if (status == ArticleStatus.RETIRED) {
            throw new BusinessRuleViolationException("ARTICLE_RETIRED", "articleId",
                    "Article " + id + " was retired: it may not answer callers any more", id);
        }
        if (status != ArticleStatus.PUBLISHED) {
            throw new BusinessRuleViolationException("ARTICLE_NOT_PUBLISHED", "articleId",
                    "Article " + id + " is a draft: only published articles answer callers", id);
        }
        ArticleVersion v = latest();
        if (!v.content().validOn(today)) {
            throw new BusinessRuleViolationException("ARTICLE_NOT_VALID", "articleId",
                    "Article " + id + " is valid from " + v.content().validFrom()
                            + (v.content().validUntil() == null ? "" : " until " + v.content().validUntil())
                            + ", not on " + today, id, today);
        }
        useCount++;
        return v;
    }

    /** Serves this region and the regions below it. */
    public boolean serves(String otherRegion) {
        return RegionCode.parse(otherRegion).map(RegionCode.of(region)::contains).orElse(false);
    }

    public Set<ArticleAction> allowedActions() {
        return switch (status) {
            case DRAFT -> EnumSet.of(ArticleAction.EDIT, ArticleAction.PUBLISH, ArticleAction.RETIRE);
            case PUBLISHED -> EnumSet.of(ArticleAction.EDIT, ArticleAction.RETIRE);
            case RETIRED -> EnumSet.noneOf(ArticleAction.class);
        };
    }

    public ArticleVersion latest() {
        return versions.getLast();
    }

    /** A version by number, for the tickets that cited it. */
    public Optional<ArticleVersion> version(int number) {
        return number < 1 || number > versions.size() ? Optional.empty()
                : Optional.of(versions.get(number - 1));
    }

    /** Versions added since the article was loaded: the repository inserts them. */
    public List<ArticleVersion> newVersions() {
        return List.copyOf(versions.subList(storedVersions, versions.size()));
    }

    private void require(ArticleAction action) {
        if (!allowedActions().contains(action)) {
            throw new IllegalTransitionException(status.name(), action.label(),
                    allowedActions().stream().map(ArticleAction::label).toList());
        }
    }

    private static void check(ArticleContent c) {
        if (c.title() == null || c.title().isBlank() || c.body() == null || c.body().isBlank()) {
            throw new BusinessRuleViolationException("ARTICLE_TEXT_REQUIRED", "body",
                    "An article has a title and the answer's text");
        }
        if (c.validFrom() == null) {
            throw new BusinessRuleViolationException("ARTICLE_VALIDITY_INVALID", "validFrom",
                    "An article says from when it is valid");
        }
        if (c.validUntil() != null && c.validUntil().isBefore(c.validFrom())) {
            throw new BusinessRuleViolationException("ARTICLE_VALIDITY_INVALID", "validUntil",
                    "validUntil " + c.validUntil() + " is before validFrom " + c.validFrom());
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(id, region, versions, status, createdBy, publishedBy, publishedAt, retiredBy, retiredAt,
                retirementReason, useCount, rowVersion);
    }

    public ArticleId id() { return id; }
    public String region() { return region; }
    public List<ArticleVersion> versions() { return List.copyOf(versions); }
    public ArticleStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public String publishedBy() { return publishedBy; }
    public Instant publishedAt() { return publishedAt; }
    public String retiredBy() { return retiredBy; }
    public Instant retiredAt() { return retiredAt; }
    public String retirementReason() { return retirementReason; }
    public long useCount() { return useCount; }
    public long rowVersion() { return rowVersion; }
    public boolean isNew() { return storedVersions == 0; }

    /** Everything the repository stores of an article (rowVersion -1: not stored yet). */
    public record Snapshot(ArticleId id, String region, List<ArticleVersion> versions, ArticleStatus status,
            String createdBy, String publishedBy, Instant publishedAt, String retiredBy, Instant retiredAt,
            String retirementReason, long useCount, long rowVersion) {

        public Snapshot {
            versions = List.copyOf(versions);
        }
    }
}
