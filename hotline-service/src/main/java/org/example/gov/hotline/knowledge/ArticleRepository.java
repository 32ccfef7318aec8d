package org.example.gov.hotline.knowledge;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Articles and their append-only versions in the {@code hotline} schema; updates check the row version (→ 409). */
@Repository
public class ArticleRepository {

    private final JdbcClient jdbc;

    public ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Article a) {
        Article.Snapshot s = a.snapshot();
        ArticleVersion latest = a.latest();
        if (a.isNew()) {
            jdbc.sql("""
                    INSERT INTO article (id, region, status, latest_version, category_code, created_by, use_count)
                    VALUES (:id, :region, :status, :latest, :category, :createdBy, 0)""")
                    .param("id", s.id().toString()).param("region", s.region()).param("status", s.status().name())
                    .param("latest", latest.number()).param("category", latest.content().categoryCode())
                    .param("createdBy", s.createdBy()).update();
        } else {
            int updated = jdbc.sql("""
                    UPDATE article SET status = :status, latest_version = :latest, category_code = :category,
                           published_by = :publishedBy, published_at = :publishedAt, retired_by = :retiredBy,
                           retired_at = :retiredAt, retirement_reason = :reason, row_version = row_version + 1
                    WHERE id = :id AND row_version = :rowVersion""")
                    .param("id", s.id().toString()).param("status", s.status().name()).param("latest", latest.number())
                    .param("category", latest.content().categoryCode()).param("publishedBy", s.publishedBy())
                    .param("publishedAt", ts(s.publishedAt())).param("retiredBy", s.retiredBy())
                    .param("retiredAt", ts(s.retiredAt())).param("reason", s.retirementReason())
                    .param("rowVersion", s.rowVersion()).update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("article " + s.id() + " was changed concurrently");
            }
        }
        for (ArticleVersion v : a.newVersions()) {
            ArticleContent c = v.content();
            jdbc.sql("""
                    INSERT INTO article_version (article_id, number, title, body, category_code, keywords, valid_from,
                                                 valid_until, edited_by, edited_at)
                    VALUES (:id, :number, :title, :body, :category, :keywords, :from, :until, :by, :at)""")
                    .param("id", s.id().toString()).param("number", v.number()).param("title", c.title())
                    .param("body", c.body()).param("category", c.categoryCode())
                    .param("keywords", String.join(" ", c.keywords())).param("from", Date.valueOf(c.validFrom()))
                    .param("until", c.validUntil() == null ? null : Date.valueOf(c.validUntil()))
                    .param("by", v.editedBy()).param("at", Timestamp.from(v.editedAt())).update();
        }
    }

    /**
     * Counts one direct answer without touching the row version: answers from the same article by many agents at once
     * must not fail each other's optimistic lock.
     */
    public void countUse(ArticleId id) {
        jdbc.sql("UPDATE article SET use_count = use_count + 1 WHERE id = :id").param("id", id.toString()).update();
    }

    public Optional<Article> find(ArticleId id) {
        return load("SELECT * FROM article WHERE id = :id", Map.of("id", id.toString())).stream().findFirst();
    }

    /** Locked until the transaction ends: a direct answer must not race a retirement. */
    public Optional<Article> findForUpdate(ArticleId id) {
        return load("SELECT * FROM article WHERE id = :id FOR UPDATE", Map.of("id", id.toString())).stream().findFirst();
    }

    public List<Article> findAll(Collection<ArticleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load("SELECT * FROM article WHERE id IN (:ids)",
                Map.of("ids", ids.stream().map(ArticleId::toString).toList()));
    }

    public List<Article> published() {
        return load("SELECT * FROM article WHERE status = 'PUBLISHED'", Map.of());
    }

    private List<Article> load(String sql, Map<String, Object> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(this::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<ArticleVersion>> versions = jdbc.sql(
                "SELECT * FROM article_version WHERE article_id IN (:ids) ORDER BY article_id, number")
                .param("ids", rows.stream().map(r -> r.id).toList())
                .query((rs, n) -> Map.entry(rs.getString("article_id"), version(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> Article.restore(new Article.Snapshot(ArticleId.of(r.id), r.region,
                versions.get(r.id), r.status, r.createdBy, r.publishedBy, r.publishedAt, r.retiredBy, r.retiredAt,
                r.reason, r.useCount, r.rowVersion))).toList();
    }

    private record Row(String id, String region, ArticleStatus status, String createdBy, String publishedBy,
            Instant publishedAt, String retiredBy, Instant retiredAt, String reason, long useCount, long rowVersion) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("region"), ArticleStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"), rs.getString("published_by"), instant(rs.getTimestamp("published_at")),
                rs.getString("retired_by"), instant(rs.getTimestamp("retired_at")), rs.getString("retirement_reason"),
                rs.getLong("use_count"), rs.getLong("row_version"));
    }

    private static ArticleVersion version(ResultSet rs) throws SQLException {
        String keywords = rs.getString("keywords");
        Date until = rs.getDate("valid_until");
        return new ArticleVersion(rs.getInt("number"), new ArticleContent(rs.getString("title"), rs.getString("body"),
                rs.getString("category_code"), keywords.isBlank() ? List.of() : Arrays.asList(keywords.split(" ")),
                rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate()),
                rs.getString("edited_by"), rs.getTimestamp("edited_at").toInstant());
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
