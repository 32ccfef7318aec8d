package org.example.gov.catalog.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.example.gov.platform.problem.ConflictException;

/** Items in the {@code catalog} schema, with an optimistic-lock row version. */
@Repository
public class ItemRepository {

    private final JdbcClient jdbc;

    public ItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Item item) {
        try {
            jdbc.sql("""
                    INSERT INTO item (id, code, name, department, region, kind, legal_days, promised_days, status,
                                      published_version, effective_date, published_at, row_version)
                    VALUES (:id, :code, :name, :department, :region, :kind, :legalDays, :promisedDays, :status,
                            :publishedVersion, :effectiveDate, :publishedAt, 0)""")
                    .paramSource(params(item))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("ITEM_CODE_EXISTS", "An item with this code already exists", item.code());
        }
    }

    public void update(Item item) {
        int updated = jdbc.sql("""
                UPDATE item SET status = :status, published_version = :publishedVersion, effective_date = :effectiveDate,
                                published_at = :publishedAt, row_version = row_version + 1
                WHERE id = :id AND row_version = :rowVersion""")
                .paramSource(params(item))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("item " + item.id() + " changed concurrently");
        }
    }

    public Optional<Item> find(ItemId id) {
        return jdbc.sql("SELECT * FROM item WHERE id = :id").param("id", id.toString()).query(ItemRepository::map).optional();
    }

    public List<Item> findPage(ItemStatus status, int offset, int limit) {
        return jdbc.sql("SELECT * FROM item WHERE status = :status ORDER BY code LIMIT :limit OFFSET :offset")
                .param("status", status.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(ItemRepository::map)
                .list();
    }

    public long count(ItemStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE status = :status").param("status", status.name())
                .query(Long.class).single();
    }

    private static ItemParams params(Item item) {
        return new ItemParams(item.id().toString(), item.code(), item.name(), item.department(), item.region(),
                item.kind().name(), item.legalDays(), item.promisedDays(), item.status().name(), item.publishedVersion(),
                item.effectiveDate(), item.publishedAt() == null ? null : Timestamp.from(item.publishedAt()),
                item.rowVersion());
    }

    private static Item map(ResultSet rs, int row) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        java.sql.Date effective = rs.getDate("effective_date");
        Integer promised = rs.getObject("promised_days", Integer.class);
        return Item.restore(ItemId.of(rs.getString("id")), rs.getString("code"), rs.getString("name"),
                rs.getString("department"), rs.getString("region"), ItemKind.valueOf(rs.getString("kind")),
                rs.getInt("legal_days"), promised, ItemStatus.valueOf(rs.getString("status")),
                rs.getInt("published_version"), effective == null ? null : effective.toLocalDate(),
                publishedAt == null ? null : publishedAt.toInstant(), rs.getLong("row_version"));
    }

    /** Named parameters for JdbcClient's paramSource (record components become parameter names). */
    record ItemParams(String id, String code, String name, String department, String region, String kind, int legalDays,
            Integer promisedDays, String status, int publishedVersion, java.time.LocalDate effectiveDate,
            Timestamp publishedAt, long rowVersion) {
    }
}
