package org.example.gov.trading.inspection;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** {@code inspection_plan}: one JSON document per plan under a row version, in the caller's transaction. */
@Repository
public class InspectionRepository {

    private static final String COLUMNS = "SELECT document, row_version FROM inspection_plan ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public InspectionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<InspectionPlan> find(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id.toString())
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).optional();
    }

    public Optional<InspectionPlan> findForUpdate(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id FOR UPDATE").param("id", id.toString())
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).optional();
    }

    /** A page of every plan, newest first (they are all public). */
    public List<InspectionPlan> page(int page, int size) {
        return jdbc.sql(COLUMNS + "ORDER BY drawn_at DESC, id LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    public void save(InspectionPlan p) {
        InspectionPlan.Snapshot s = p.snapshot();
        String document = json.writeValueAsString(s);
        if (s.rowVersion() < 0) {
            jdbc.sql("""
                    INSERT INTO inspection_plan (id, region, drawn_at, document, row_version)
                    VALUES (:id, :region, :at, :document, 0)""")
                    .param("id", s.id().toString()).param("region", s.region())
                    .param("at", Timestamp.from(s.drawnAt())).param("document", document).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE inspection_plan SET document = :document, row_version = row_version + 1
                WHERE id = :id AND row_version = :version""")
                .param("document", document).param("id", s.id().toString()).param("version", s.rowVersion())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("inspection " + s.id() + " changed concurrently");
        }
    }

    private InspectionPlan restore(String document, long rowVersion) {
        InspectionPlan.Snapshot s = json.readValue(document, InspectionPlan.Snapshot.class);
        return InspectionPlan.restore(new InspectionPlan.Snapshot(s.id(), s.title(), s.region(), s.from(), s.until(),
                s.eligible(), s.draw(), s.assignments(), s.drawnBy(), s.drawnAt(), rowVersion));
    }
}
