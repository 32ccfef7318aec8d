package org.example.gov.catalog.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.example.gov.platform.problem.ConflictException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Items in the {@code catalog} schema: the head row ({@code item}, optimistic-lock row version) and one row per
 * version ({@code item_version}, the service guide as JSON). Published versions are never rewritten.
 */
@Repository
public class ItemRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ItemRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Item item) {
        try {
            jdbc.sql("""
                    INSERT INTO item (id, code, name, department, region, kind, legal_days, promised_days, status,
                                      published_version, effective_date, published_at, base_code, cancel_date,
                                      cancelled_at, cancel_reason, changed_at, row_version)
                    VALUES (:id, :code, :name, :department, :region, :kind, :legalDays, :promisedDays, :status,
                            :publishedVersion, :effectiveDate, :publishedAt, :baseCode, :cancelDate, :cancelledAt,
                            :cancelReason, CURRENT_TIMESTAMP(6), 0)""")
                    .paramSource(head(item))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("ITEM_CODE_EXISTS", "An item with this code already exists", item.code());
        }
        item.versions().forEach(v -> upsert(item.id(), v));
    }

    public void update(Item item) {
        int updated = jdbc.sql("""
                UPDATE item SET name = :name, department = :department, region = :region, kind = :kind,
                                legal_days = :legalDays, promised_days = :promisedDays, status = :status,
                                published_version = :publishedVersion, effective_date = :effectiveDate,
                                published_at = :publishedAt, cancel_date = :cancelDate, cancelled_at = :cancelledAt,
                                cancel_reason = :cancelReason, changed_at = CURRENT_TIMESTAMP(6),
                                row_version = row_version + 1
                WHERE id = :id AND row_version = :rowVersion""")
                .paramSource(head(item))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("item " + item.id() + " changed concurrently");
        }
        upsert(item.id(), item.latest());
    }

    private void upsert(ItemId id, ItemVersion v) {
        ItemContent c = v.content();
        jdbc.sql("""
                INSERT INTO item_version (item_id, version, status, name, department, department_code, region, level,
                                          item_type, legal_basis, kind, legal_days, promised_days, guide,
                                          effective_date, published_at, reviewer, rejection_reason, authors)
                VALUES (:id, :version, :status, :name, :department, :departmentCode, :region, :level, :itemType,
                        :legalBasis, :kind, :legalDays, :promisedDays, :guide, :effectiveDate, :publishedAt, :reviewer,
                        :rejectionReason, :authors)
                ON DUPLICATE KEY UPDATE status = VALUES(status), name = VALUES(name), department = VALUES(department),
                        department_code = VALUES(department_code), region = VALUES(region), level = VALUES(level),
                        item_type = VALUES(item_type), legal_basis = VALUES(legal_basis), kind = VALUES(kind),
                        legal_days = VALUES(legal_days), promised_days = VALUES(promised_days), guide = VALUES(guide),
                        effective_date = VALUES(effective_date), published_at = VALUES(published_at),
                        reviewer = VALUES(reviewer), rejection_reason = VALUES(rejection_reason),
                        authors = VALUES(authors)""")
                .param("id", id.toString())
                .param("version", v.number())
                .param("status", v.status().name())
                .param("name", c.name())
                .param("department", c.department())
                .param("departmentCode", c.departmentCode())
                .param("region", c.region())
                .param("level", c.level() == null ? null : c.level().name())
                .param("itemType", c.itemType() == null ? null : c.itemType().name())
                .param("legalBasis", json.writeValueAsString(c.legalBasis()))
                .param("kind", c.kind().name())
                .param("legalDays", c.legalDays())
                .param("promisedDays", c.promisedDays())
                .param("guide", json.writeValueAsString(c.guide()))
                .param("effectiveDate", v.effectiveDate())
                .param("publishedAt", v.publishedAt() == null ? null : Timestamp.from(v.publishedAt()))
                .param("reviewer", v.reviewer())
                .param("rejectionReason", v.rejectionReason())
                .param("authors", json.writeValueAsString(v.authors()))
                .update();
    }

    public Optional<Item> find(ItemId id) {
        List<Item> found = load("WHERE i.id = :id", Map.of("id", id.toString()));
        return found.stream().findFirst();
    }

    /** Every item that has ever had a published version: what the in-memory catalogue holds. */
    public List<Item> findAllWithPublishedVersions() {
        return load("WHERE i.published_version > 0", Map.of());
    }

    /** Items whose head changed at or after {@code since} (database time), for other replicas to catch up. */
    public List<Item> findChangedSince(Instant since) {
        return load("WHERE i.changed_at >= :since", Map.of("since", Timestamp.from(since)));
    }

    public Instant databaseNow() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP(6)").query(Timestamp.class).single().toInstant();
    }

    private List<Item> load(String where, Map<String, Object> params) {
        record Head(String id, String code, String baseCode, LocalDate cancelDate, Instant cancelledAt, String cancelReason,
                long rowVersion) {
        }
        Map<String, Head> heads = new LinkedHashMap<>();
        Map<String, List<ItemVersion>> versions = new HashMap<>();
        jdbc.sql("SELECT i.id, i.code, i.base_code, i.cancel_date, i.cancelled_at, i.cancel_reason, i.row_version, v.* "
                        + "FROM item i JOIN item_version v ON v.item_id = i.id " + where + " ORDER BY i.code, v.version")
                .params(params)
                .query((ResultSet rs) -> {
                    String id = rs.getString("id");
                    heads.computeIfAbsent(id, k -> {
                        try {
                            java.sql.Date cancel = rs.getDate("cancel_date");
                            Timestamp cancelledAt = rs.getTimestamp("cancelled_at");
                            return new Head(id, rs.getString("code"), rs.getString("base_code"),
                                    cancel == null ? null : cancel.toLocalDate(),
                                    cancelledAt == null ? null : cancelledAt.toInstant(), rs.getString("cancel_reason"),
                                    rs.getLong("row_version"));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    versions.computeIfAbsent(id, k -> new ArrayList<>()).add(version(rs));
                });
        return heads.values().stream().map(h -> Item.restore(ItemId.of(h.id()), h.code(), h.baseCode(),
                versions.get(h.id()), h.cancelDate(), h.cancelledAt(), h.cancelReason(), h.rowVersion())).toList();
    }

    private ItemVersion version(ResultSet rs) throws SQLException {
        String level = rs.getString("level");
        String type = rs.getString("item_type");
        ItemContent content = new ItemContent(rs.getString("name"), rs.getString("department"),
                rs.getString("department_code"), rs.getString("region"), level == null ? null : ExerciseLevel.valueOf(level),
                type == null ? null : ItemType.valueOf(type), json.readValue(rs.getString("legal_basis"), STRINGS),
                ItemKind.valueOf(rs.getString("kind")), rs.getInt("legal_days"), rs.getObject("promised_days", Integer.class),
                json.readValue(rs.getString("guide"), ServiceGuide.class));
        java.sql.Date effective = rs.getDate("effective_date");
        Timestamp publishedAt = rs.getTimestamp("published_at");
        String authors = rs.getString("authors");
        return new ItemVersion(rs.getInt("version"), content, ItemStatus.valueOf(rs.getString("status")),
                effective == null ? null : effective.toLocalDate(), publishedAt == null ? null : publishedAt.toInstant(),
                rs.getString("reviewer"), rs.getString("rejection_reason"),
                authors == null ? List.of() : json.readValue(authors, STRINGS));
    }

    private static HeadParams head(Item item) {
        ItemContent c = item.latest().content();
        Optional<ItemVersion> published = item.latestPublished();
        return new HeadParams(item.id().toString(), item.code(), c.name(), c.department(), c.region(), c.kind().name(),
                c.legalDays(), c.promisedDays(), item.status().name(), published.map(ItemVersion::number).orElse(0),
                published.map(ItemVersion::effectiveDate).orElse(null),
                published.map(v -> Timestamp.from(v.publishedAt())).orElse(null), item.baseCode(), item.cancelDate(),
                item.cancelledAt() == null ? null : Timestamp.from(item.cancelledAt()), item.cancelReason(),
                item.rowVersion());
    }

    /** Named parameters for JdbcClient's paramSource (record components become parameter names). */
    record HeadParams(String id, String code, String name, String department, String region, String kind, int legalDays,
            Integer promisedDays, String status, int publishedVersion, LocalDate effectiveDate, Timestamp publishedAt,
            String baseCode, LocalDate cancelDate, Timestamp cancelledAt, String cancelReason, long rowVersion) {
    }
}
