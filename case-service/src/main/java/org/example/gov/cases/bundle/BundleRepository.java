package org.example.gov.cases.bundle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bundle applications; their sub-cases are ordinary cases carrying the application's id. */
@Repository
public class BundleRepository {

    private final JdbcClient jdbc;

    public BundleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(BundleApplication b) {
        jdbc.sql("""
                INSERT INTO bundle_application (id, bundle_id, bundle_code, bundle_name, region, applicant_id, status, submitted_at)
                VALUES (:id, :bundleId, :code, :name, :region, :applicantId, :status, :submittedAt)""")
                .param("id", b.id()).param("bundleId", b.bundleId()).param("code", b.bundleCode())
                .param("name", b.bundleName()).param("region", b.region()).param("applicantId", b.applicantId())
                .param("status", b.status().name()).param("submittedAt", Timestamp.from(b.submittedAt())).update();
    }

    public Optional<BundleApplication> find(String id) {
        return jdbc.sql("SELECT * FROM bundle_application WHERE id = :id").param("id", id)
                .query((rs, n) -> new BundleApplication(rs.getString("id"), rs.getString("bundle_id"),
                        rs.getString("bundle_code"), rs.getString("bundle_name"), rs.getString("region"),
                        rs.getString("applicant_id"), BundleApplication.Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("submitted_at").toInstant(),
                        rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant()))
                .optional();
    }

    /** Completes the application if every sub-case has ended; @return true when this call completed it. */
    public boolean completeIfAllEnded(String id, Instant at) {
        return jdbc.sql("""
                UPDATE bundle_application SET status = 'COMPLETED', completed_at = :at
                WHERE id = :id AND status = 'OPEN'
                  AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.bundle_id = :id
                                  AND c.status NOT IN ('CLOSED', 'NOT_ACCEPTED', 'WITHDRAWN'))""")
                .param("id", id).param("at", Timestamp.from(at)).update() == 1;
    }
}
