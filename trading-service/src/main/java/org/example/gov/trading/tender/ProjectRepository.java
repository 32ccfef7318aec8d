package org.example.gov.trading.tender;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.example.gov.platform.scope.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Projects in the {@code trading} schema: the aggregate as one JSON document (always read and written whole) plus the
 * columns lists filter on, and the {@code tender_lot} index rows, in the caller's transaction. Updates check the row
 * version (→ 409 on a concurrent change).
 */
@Repository
public class ProjectRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher saved;

    public ProjectRepository(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher saved) {
        this.jdbc = jdbc;
        this.json = json;
        this.saved = saved;
    }

    public void save(Project p) {
        Project.Snapshot s = p.snapshot();
        String document = json.writeValueAsString(s);
        if (p.isNew()) {
            jdbc.sql("""
                    INSERT INTO tender_project (id, region, tenderee, agent, title, track, status, published, created_at,
                                                document, row_version)
                    VALUES (:id, :region, :tenderee, :agent, :title, :track, :status, :published, :createdAt, :document, 0)""")
                    .param("id", s.id().toString()).param("region", s.region()).param("tenderee", s.tenderee())
                    .param("agent", s.agent()).param("title", s.title()).param("track", s.track().name())
                    .param("status", p.status().name()).param("published", p.published())
                    .param("createdAt", Timestamp.from(s.createdAt())).param("document", document).update();
        } else {
            int updated = jdbc.sql("""
                    UPDATE tender_project SET title = :title, status = :status, published = :published,
                           document = :document, row_version = row_version + 1
                    WHERE id = :id AND row_version = :rowVersion""")
                    .param("id", s.id().toString()).param("title", s.title()).param("status", p.status().name())
                    .param("published", p.published()).param("document", document)
                    .param("rowVersion", s.rowVersion()).update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("project " + s.id() + " was changed concurrently");
            }
            jdbc.sql("DELETE FROM tender_lot WHERE project_id = :id").param("id", s.id().toString()).update();
        }
        for (Lot l : s.lots()) {
            jdbc.sql("INSERT INTO tender_lot (id, project_id, status, bid_deadline) VALUES (:id, :project, :status, :deadline)")
                    .param("id", l.id().toString()).param("project", s.id().toString())
                    .param("status", l.status().name())
                    .param("deadline", l.bidDeadline() == null ? null : Timestamp.from(l.bidDeadline())).update();
        }
        saved.publishEvent(new ProjectSaved(s.id()));
    }

    public Optional<Project> find(ProjectId id) {
        return load("SELECT document, row_version FROM tender_project WHERE id = :id", id);
    }

    public Optional<Project> findForUpdate(ProjectId id) {
        return load("SELECT document, row_version FROM tender_project WHERE id = :id FOR UPDATE", id);
    }

    /**
     * The project under a shared lock (the bid seam): many bids hold it at once, the deadline job's
     * {@link #claimForUpdateSkipLocked} waits for none of them and none of them is accepted after it.
     */
    public Optional<Project> findShared(ProjectId id) {
        return load("SELECT document, row_version FROM tender_project WHERE id = :id LOCK IN SHARE MODE", id);
    }

    /** The project locked for update, or empty when another transaction holds it (the deadline job's claim). */
    public Optional<Project> claimForUpdateSkipLocked(ProjectId id) {
        return load("SELECT document, row_version FROM tender_project WHERE id = :id FOR UPDATE SKIP LOCKED", id);
    }

    /** The project this creator created with this Idempotency-Key, if any. */
    public Optional<ProjectId> createdWith(String creator, String key) {
        return jdbc.sql("SELECT project_id FROM project_creation_key WHERE creator = :creator AND idem_key = :key")
                .param("creator", creator).param("key", key).query(String.class).optional().map(ProjectId::of);
    }

    /** Remembers the key of a creation; a concurrent twin fails on the primary key (DuplicateKeyException). */
    public void rememberCreation(String creator, String key, ProjectId project, Instant at) {
        jdbc.sql("""
                INSERT INTO project_creation_key (creator, idem_key, project_id, created_at)
                VALUES (:creator, :key, :project, :at)""")
                .param("creator", creator).param("key", key).param("project", project.toString())
                .param("at", Timestamp.from(at)).update();
    }

    public Optional<ProjectId> projectOf(LotId lot) {
        return jdbc.sql("SELECT project_id FROM tender_lot WHERE id = :id").param("id", lot.toString())
                .query(String.class).optional().map(ProjectId::of);
    }

    /** TENDERING lots whose deadline is at or before {@code now}, oldest deadline first, at most {@code limit}. */
    public List<LotId> lotsPastDeadline(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM tender_lot WHERE status = :status AND bid_deadline <= :now
                ORDER BY bid_deadline, id LIMIT :limit""")
                .param("status", LotStatus.TENDERING.name()).param("now", Timestamp.from(now)).param("limit", limit)
                .query(String.class).list().stream().map(LotId::of).toList();
    }

    /**
     * The projects within {@code scope} with a lot in one of {@code statuses} whose bid deadline is in [{@code from},
     * {@code until}), by id, at most {@code limit}.
     */
    public List<Project> withLotsIn(Scope scope, Collection<LotStatus> statuses, Instant from, Instant until,
            int limit) {
        Scope.SqlCondition inScope = scope.where("p.region", "p.region");
        var spec = jdbc.sql("SELECT p.document, p.row_version FROM tender_project p WHERE " + inScope.sql()
                + " AND EXISTS (SELECT 1 FROM tender_lot l WHERE l.project_id = p.id AND l.status IN (:statuses)"
                + " AND l.bid_deadline >= :from AND l.bid_deadline < :until) ORDER BY p.id LIMIT :limit");
        for (Map.Entry<String, Object> e : inScope.params().entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.param("statuses", statuses.stream().map(Enum::name).toList()).param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until)).param("limit", limit)
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    /**
     * A page of projects, newest first, that the caller may see: those naming them as tenderee or agent
     * ({@code party}), those in their staff scope, and, when {@code published}, every announced one.
     */
    public List<Project> list(String party, Scope scope, boolean published, int page, int size) {
        Scope.SqlCondition inScope = scope.where("region", "region");
        StringBuilder where = new StringBuilder(inScope.sql());
        if (party != null) {
            where.append(" OR tenderee = :party OR agent = :party");
        }
        if (published) {
            where.append(" OR published = TRUE");
        }
        var spec = jdbc.sql("SELECT document, row_version FROM tender_project WHERE " + where
                + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset");
        for (Map.Entry<String, Object> e : inScope.params().entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        if (party != null) {
            spec = spec.param("party", party);
        }
        return spec.param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    private Optional<Project> load(String sql, ProjectId id) {
        return jdbc.sql(sql).param("id", id.toString())
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).optional();
    }

    private Project restore(String document, long rowVersion) {
        Project.Snapshot s = json.readValue(document, Project.Snapshot.class);
        return Project.restore(new Project.Snapshot(s.id(), s.track(), s.method(), s.title(), s.tenderee(), s.agent(),
                s.region(), s.lots(), s.amendments(), s.objections(), s.suspension(), s.createdBy(), s.createdAt(),
                s.stateFunded(), rowVersion));
    }
}
