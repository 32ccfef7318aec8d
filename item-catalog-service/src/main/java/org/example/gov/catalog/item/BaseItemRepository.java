package org.example.gov.catalog.item;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.example.gov.platform.problem.ConflictException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Base items (基本目录). */
@Repository
public class BaseItemRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public BaseItemRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(BaseItem base, Instant now) {
        try {
            jdbc.sql("INSERT INTO base_item (code, name, item_type, legal_basis, created_at) VALUES (:code, :name, :type, :basis, :now)")
                    .param("code", base.code()).param("name", base.name()).param("type", base.itemType().name())
                    .param("basis", json.writeValueAsString(base.legalBasis())).param("now", Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("BASE_ITEM_CODE_EXISTS", "A base item with this code already exists", base.code());
        }
    }

    public Optional<BaseItem> find(String code) {
        return jdbc.sql("SELECT * FROM base_item WHERE code = :code").param("code", code)
                .query((rs, n) -> new BaseItem(rs.getString("code"), rs.getString("name"),
                        ItemType.valueOf(rs.getString("item_type")), json.readValue(rs.getString("legal_basis"), STRINGS)))
                .optional();
    }

    public List<BaseItem> findAll() {
        return jdbc.sql("SELECT * FROM base_item ORDER BY code")
                .query((rs, n) -> new BaseItem(rs.getString("code"), rs.getString("name"),
                        ItemType.valueOf(rs.getString("item_type")), json.readValue(rs.getString("legal_basis"), STRINGS)))
                .list();
    }
}
