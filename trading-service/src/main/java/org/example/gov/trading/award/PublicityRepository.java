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
