package org.example.gov.catalog.bundle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.example.gov.catalog.item.ItemId;
import org.example.gov.platform.problem.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Bundles in the {@code catalog} schema; items and shared materials as JSON, optimistic locking on row_version. */
@Repository
public class BundleRepository {

    record StoredItem(String itemId, String code, String name, String department) {
    }

    record StoredMaterial(String name, List<String> itemIds) {
    }

    private static final TypeReference<List<StoredItem>> ITEMS = new TypeReference<>() { };
    private static final TypeReference<List<StoredMaterial>> MATERIALS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public BundleRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Bundle b) {
        try {
            jdbc.sql("""
                    INSERT INTO bundle (id, code, name, topic, region, description, items, shared_materials, drafted_by,
                                        status, published_at, published_by, cancelled_at, cancel_reason, created_at,
                                        changed_at, row_version)
                    VALUES (:id, :code, :name, :topic, :region, :description, :items, :sharedMaterials, :draftedBy,
                            :status, :publishedAt, :publishedBy, :cancelledAt, :cancelReason, CURRENT_TIMESTAMP(6),
                            CURRENT_TIMESTAMP(6), 0)""")
                    .paramSource(params(b))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("BUNDLE_CODE_EXISTS", "A bundle with this code already exists", b.code());
        }
    }

    public void update(Bundle b) {
        int updated = jdbc.sql("""
                UPDATE bundle SET status = :status, published_at = :publishedAt, published_by = :publishedBy,
                                  cancelled_at = :cancelledAt, cancel_reason = :cancelReason,
                                  changed_at = CURRENT_TIMESTAMP(6), row_version = row_version + 1
                WHERE id = :id AND row_version = :rowVersion""")
                .paramSource(params(b))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("bundle " + b.id() + " changed concurrently");
        }
    }

    public Optional<Bundle> find(BundleId id) {
        return jdbc.sql("SELECT * FROM bundle WHERE id = :id").param("id", id.toString()).query(this::map).optional();
    }

    public List<Bundle> findAll() {
        return jdbc.sql("SELECT * FROM bundle ORDER BY code").query(this::map).list();
    }

    private Bundle map(ResultSet rs, int row) throws SQLException {
        List<BundleItem> items = json.readValue(rs.getString("items"), ITEMS).stream()
                .map(i -> new BundleItem(ItemId.of(i.itemId()), i.code(), i.name(), i.department())).toList();
        List<SharedMaterial> materials = json.readValue(rs.getString("shared_materials"), MATERIALS).stream()
                .map(m -> new SharedMaterial(m.name(), m.itemIds().stream().map(ItemId::of).toList())).toList();
        Timestamp publishedAt = rs.getTimestamp("published_at");
        Timestamp cancelledAt = rs.getTimestamp("cancelled_at");
        return Bundle.restore(BundleId.of(rs.getString("id")), rs.getString("code"), rs.getString("name"),
                rs.getString("topic"), rs.getString("region"), rs.getString("description"), items, materials,
                rs.getString("drafted_by"), BundleStatus.valueOf(rs.getString("status")), publishedAt == null ? null : publishedAt.toInstant(),
                rs.getString("published_by"), cancelledAt == null ? null : cancelledAt.toInstant(),
                rs.getString("cancel_reason"), rs.getLong("row_version"));
    }

    private Params params(Bundle b) {
        return new Params(b.id().toString(), b.code(), b.name(), b.topic(), b.region(), b.description(),
                json.writeValueAsString(b.items().stream()
                        .map(i -> new StoredItem(i.itemId().toString(), i.code(), i.name(), i.department())).toList()),
                json.writeValueAsString(b.sharedMaterials().stream()
                        .map(m -> new StoredMaterial(m.name(), m.itemIds().stream().map(ItemId::toString).toList())).toList()),
                b.draftedBy(), b.status().name(), b.publishedAt() == null ? null : Timestamp.from(b.publishedAt()), b.publishedBy(),
                b.cancelledAt() == null ? null : Timestamp.from(b.cancelledAt()), b.cancelReason(), b.rowVersion());
    }

    /** Named parameters for JdbcClient's paramSource. */
    record Params(String id, String code, String name, String topic, String region, String description, String items,
            String sharedMaterials, String draftedBy, String status, Timestamp publishedAt, String publishedBy, Timestamp cancelledAt,
            String cancelReason, long rowVersion) {
    }
}
