package org.example.gov.trading.negativelist;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code tender_document}: one row per project, the hits as JSON; written under the project's lock. */
@Repository
public class TenderDocumentRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public TenderDocumentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<TenderDocument> find(String projectId) {
        return jdbc.sql("""
                SELECT project_id, text, digest, hits, updated_by, updated_at, overridden_digest, override_reason,
                       overridden_by, overridden_at
                FROM tender_document WHERE project_id = :id""").param("id", projectId)
                .query((rs, n) -> new TenderDocument(rs.getString("project_id"), rs.getString("text"), rs.getString("digest"),
                        json.readValue(rs.getString("hits"), new TypeReference<List<NegativeListHit>>() { }),
                        rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("overridden_digest"), rs.getString("override_reason"), rs.getString("overridden_by"),
                        rs.getTimestamp("overridden_at") == null ? null : rs.getTimestamp("overridden_at").toInstant()))
                .optional();
    }

    public void save(TenderDocument d) {
        jdbc.sql("""
                INSERT INTO tender_document (project_id, text, digest, hits, updated_by, updated_at, overridden_digest,
                                             override_reason, overridden_by, overridden_at)
                VALUES (:id, :text, :digest, :hits, :updatedBy, :updatedAt, :overriddenDigest, :overrideReason,
                        :overriddenBy, :overriddenAt)
                ON DUPLICATE KEY UPDATE text = VALUES(text), digest = VALUES(digest), hits = VALUES(hits),
                    updated_by = VALUES(updated_by), updated_at = VALUES(updated_at),
                    overridden_digest = VALUES(overridden_digest), override_reason = VALUES(override_reason),
                    overridden_by = VALUES(overridden_by), overridden_at = VALUES(overridden_at)""")
                .param("id", d.projectId()).param("text", d.text()).param("digest", d.digest())
                .param("hits", json.writeValueAsString(d.hits())).param("updatedBy", d.updatedBy())
                .param("updatedAt", Timestamp.from(d.updatedAt())).param("overriddenDigest", d.overriddenDigest())
                .param("overrideReason", d.overrideReason()).param("overriddenBy", d.overriddenBy())
                .param("overriddenAt", d.overriddenAt() == null ? null : Timestamp.from(d.overriddenAt())).update();
    }
}
