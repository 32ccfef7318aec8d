package org.example.gov.trading.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.example.gov.platform.scope.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code inspector}: the inspector lists, one row per region and account, in the caller's transaction. */
@Repository
public class InspectorRepository {

    /** A region's list is drawn from whole; far above any real list, and a list above it fails loudly. */
    public static final int LIST_LIMIT = 5000;
    private static final String COLUMNS =
            "SELECT id, account, department, region, organisation, ties, active, added_by, added_at FROM inspector ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public InspectorRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Inspector i) {
        jdbc.sql("""
                INSERT INTO inspector (id, region, account, department, organisation, ties, active, added_by, added_at)
                VALUES (:id, :region, :account, :department, :organisation, :ties, :active, :by, :at)""")
                .param("id", i.id().toString()).param("region", i.region()).param("account", i.account())
                .param("department", i.department()).param("organisation", i.organisation())
                .param("ties", json.writeValueAsString(i.ties())).param("active", i.active())
                .param("by", i.addedBy()).param("at", Timestamp.from(i.addedAt())).update();
    }

    public void deactivate(UUID id) {
        jdbc.sql("UPDATE inspector SET active = FALSE WHERE id = :id").param("id", id.toString()).update();
    }

    public Optional<Inspector> find(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id.toString()).query(this::inspector).optional();
    }

    /** The active inspectors of the region's list (the list a draw reads, under a shared lock until it commits). */
    public List<Inspector> activeOf(String region) {
        return jdbc.sql(COLUMNS + "WHERE region = :region AND active = TRUE ORDER BY account LIMIT :limit "
                + "LOCK IN SHARE MODE").param("region", region).param("limit", LIST_LIMIT + 1)
                .query(this::inspector).list();
    }

    /** A page of the inspectors within {@code scope}, active ones first. */
    public List<Inspector> list(Scope scope, int page, int size) {
        Scope.SqlCondition where = scope.where("region", "region");
        var spec = jdbc.sql(COLUMNS + "WHERE " + where.sql()
                + " ORDER BY active DESC, region, account LIMIT :limit OFFSET :offset");
        for (Map.Entry<String, Object> p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.param("limit", size).param("offset", (long) page * size).query(this::inspector).list();
    }

    private Inspector inspector(ResultSet rs, int n) throws SQLException {
        return new Inspector(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), json.readValue(rs.getString(6), new TypeReference<Set<String>>() { }),
                rs.getBoolean(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }
}
