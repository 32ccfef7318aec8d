package org.example.gov.trading.ocds;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code ocds_release}: the releases in publication order ({@code seq}), written in the saving transaction. */
@Repository
public class ReleaseStore {

    /** One stored release: its feed position and the release JSON as published. */
    public record Stored(long seq, String ocid, String digest, String document) {
    }

    private final JdbcClient jdbc;

    public ReleaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String ocid, String releaseId, String projectId, Instant at, String digest, String document) {
        jdbc.sql("""
                INSERT INTO ocds_release (ocid, release_id, project_id, released_at, digest, document)
                VALUES (:ocid, :releaseId, :projectId, :at, :digest, :document)""")
                .param("ocid", ocid).param("releaseId", releaseId).param("projectId", projectId)
                .param("at", Timestamp.from(at)).param("digest", digest).param("document", document).update();
    }

    Optional<Stored> latest(String ocid) {
        return jdbc.sql("SELECT seq, ocid, digest, document FROM ocds_release WHERE ocid = :ocid ORDER BY seq DESC LIMIT 1")
                .param("ocid", ocid).query(Stored.class).optional();
    }

    int count(String ocid) {
        return jdbc.sql("SELECT COUNT(*) FROM ocds_release WHERE ocid = :ocid").param("ocid", ocid)
                .query(Integer.class).single();
    }

    /** Newest first: after {@code since} (exclusive) when given, before {@code before} (exclusive) when given. */
    public List<Stored> page(Long since, Long before, int limit) {
        return jdbc.sql("""
                SELECT seq, ocid, digest, document FROM ocds_release
                WHERE seq > :since AND seq < :before ORDER BY seq DESC LIMIT :limit""")
                .param("since", since == null ? 0L : since).param("before", before == null ? Long.MAX_VALUE : before)
                .param("limit", limit).query(Stored.class).list();
    }

    /** Every release of one contracting process, oldest first. */
    public List<Stored> ofOcid(String ocid) {
        return jdbc.sql("SELECT seq, ocid, digest, document FROM ocds_release WHERE ocid = :ocid ORDER BY seq")
                .param("ocid", ocid).query(Stored.class).list();
    }
}
