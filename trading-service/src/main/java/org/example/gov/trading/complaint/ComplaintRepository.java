package org.example.gov.trading.complaint;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.example.gov.platform.scope.Scope;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** {@code complaint}: one JSON document per complaint under a row version, in the caller's transaction. */
@Repository
public class ComplaintRepository {

    private static final String COLUMNS = "SELECT document, row_version FROM complaint ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ComplaintRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Complaint> find(String id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query((rs, n) -> restore(rs.getString(1),
                rs.getLong(2))).optional();
    }

    public Optional<Complaint> findForUpdate(String id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id FOR UPDATE").param("id", id).query((rs, n) -> restore(rs.getString(1),
                rs.getLong(2))).optional();
    }

    /** A lot's complaints, oldest first. */
    public List<Complaint> ofLot(String lotId) {
        return jdbc.sql(COLUMNS + "WHERE lot_id = :lot ORDER BY filed_at, id").param("lot", lotId)
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    /** The accepted complaints of a lot, locked: the hold check inside the award's and the contract's transaction. */
    public List<Complaint> acceptedOfLotForShare(String lotId) {
        return jdbc.sql(COLUMNS + "WHERE lot_id = :lot AND status = 'ACCEPTED' LOCK IN SHARE MODE").param("lot", lotId)
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    /** The supervisors' work list: complaints in the scope with one of the statuses, oldest first. */
    public List<Complaint> inScope(Scope scope, List<String> statuses, int page, int size) {
        Scope.SqlCondition inScope = scope.where("region", "region");
        var spec = jdbc.sql(COLUMNS + "WHERE status IN (:statuses) AND " + inScope.sql()
                + " ORDER BY filed_at, id LIMIT :limit OFFSET :offset");
        for (Map.Entry<String, Object> e : inScope.params().entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.param("statuses", statuses).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    public void save(Complaint c) {
        Complaint.Snapshot s = c.snapshot();
        String document = json.writeValueAsString(s);
        if (s.rowVersion() < 0) {
            jdbc.sql("""
                    INSERT INTO complaint (id, lot_id, project_id, region, complainant, status, filed_at, document,
                                           row_version)
                    VALUES (:id, :lot, :project, :region, :complainant, :status, :filed, :document, 0)""")
                    .param("id", s.id()).param("lot", s.lotId()).param("project", s.projectId())
                    .param("region", s.region()).param("complainant", s.complainant())
                    .param("status", s.status().name()).param("filed", Timestamp.from(s.filedAt()))
                    .param("document", document).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE complaint SET status = :status, document = :document, row_version = row_version + 1
                WHERE id = :id AND row_version = :version""")
                .param("id", s.id()).param("status", s.status().name()).param("document", document)
                .param("version", s.rowVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("complaint " + s.id() + " changed concurrently");
        }
    }

    private Complaint restore(String document, long rowVersion) {
        Complaint.Snapshot s = json.readValue(document, Complaint.Snapshot.class);
        return Complaint.restore(new Complaint.Snapshot(s.id(), s.lotId(), s.projectId(), s.region(), s.track(),
                s.complainant(), s.objectionId(), s.text(), s.filedAt(), s.acceptDue(), s.status(), s.decisionDue(),
                s.acceptance(), s.decision(), s.outcome(), s.suspension(), s.withdrawnAt(), rowVersion));
    }
}
