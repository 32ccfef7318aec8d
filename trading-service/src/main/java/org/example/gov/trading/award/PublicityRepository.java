package org.example.gov.trading.award;

import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** {@code candidate_publicity}: one JSON document per lot under a row version, in the caller's transaction. */
@Repository
public class PublicityRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PublicityRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Publicity> find(String lotId) {
        return load("SELECT document, row_version FROM candidate_publicity WHERE lot_id = :lot", lotId);
    }

    public Optional<Publicity> findForUpdate(String lotId) {
        return load("SELECT document, row_version FROM candidate_publicity WHERE lot_id = :lot FOR UPDATE", lotId);
    }

    /** A lot whose report is complete but whose candidates are not published, with when the report was made. */
    public record Unpublished(String lotId, String projectId, java.time.Instant reportAt) {
    }

    /**
     * Reports completed before {@code before} whose lot has no publicity and no warning of {@code kind} yet — the lots
     * a publication warning may be due for (a failed lot has a report too: the caller checks the lot's stage).
     */
    public java.util.List<Unpublished> unpublishedReports(java.time.Instant before, String kind) {
        return jdbc.sql("""
                SELECT e.lot_id, e.project_id, e.completed_at FROM lot_evaluation e
                LEFT JOIN candidate_publicity p ON p.lot_id = e.lot_id
                LEFT JOIN award_warning w ON w.lot_id = e.lot_id AND w.kind = :kind
                WHERE e.completed_at IS NOT NULL AND e.completed_at < :before AND p.lot_id IS NULL AND w.lot_id IS NULL
                ORDER BY e.completed_at, e.lot_id""")
                .param("before", java.sql.Timestamp.from(before)).param("kind", kind)
                .query((rs, n) -> new Unpublished(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Records a once-per-lot warning; false when it was already raised (by this or another replica). */
    public boolean markWarned(String lotId, String kind, java.time.Instant at) {
        return jdbc.sql("INSERT IGNORE INTO award_warning (lot_id, kind, raised_at) VALUES (:lot, :kind, :at)")
                .param("lot", lotId).param("kind", kind).param("at", java.sql.Timestamp.from(at)).update() == 1;
    }

    public void save(Publicity p) {
        Publicity.Snapshot s = p.snapshot();
        String document = json.writeValueAsString(s);
        if (s.rowVersion() < 0) {
            jdbc.sql("""
                    INSERT INTO candidate_publicity (lot_id, project_id, document, row_version)
                    VALUES (:lot, :project, :document, 0)""")
                    .param("lot", s.lotId()).param("project", s.projectId()).param("document", document).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE candidate_publicity SET document = :document, row_version = row_version + 1
                WHERE lot_id = :lot AND row_version = :version""")
                .param("lot", s.lotId()).param("document", document).param("version", s.rowVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("the publicity of lot " + s.lotId() + " changed concurrently");
        }
    }

    private Optional<Publicity> load(String sql, String lotId) {
        return jdbc.sql(sql).param("lot", lotId).query((rs, n) -> {
            Publicity.Snapshot s = json.readValue(rs.getString(1), Publicity.Snapshot.class);
            return Publicity.restore(new Publicity.Snapshot(s.lotId(), s.projectId(), s.track(), s.candidates(),
                    s.publishedAt(), s.endsAt(), s.objectionsUntil(), s.objections(), s.inOrder(), s.award(), s.superseded(),
                    rs.getLong(2)));
        }).optional();
    }
}
