package org.example.gov.hotline.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The category tree in the {@code category} table (seeded by V1, loaded by supervisors). */
@Repository
public class CategoryRepository {

    private final JdbcClient jdbc;

    public CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Category> findActive(String code) {
        return jdbc.sql("SELECT code, parent_code, level, name FROM category WHERE code = :code AND active")
                .param("code", code).query(this::map).optional();
    }

    public List<Category> allActive() {
        return jdbc.sql("SELECT code, parent_code, level, name FROM category WHERE active ORDER BY code").query(this::map).list();
    }

    /** Adds the node or renames it, and makes it active again if it was retired. */
    public void upsert(Category c) {
        jdbc.sql("""
                INSERT INTO category (code, parent_code, level, name, active) VALUES (:code, :parent, :level, :name, TRUE)
                ON DUPLICATE KEY UPDATE name = VALUES(name), active = TRUE""")
                .param("code", c.code()).param("parent", c.parentCode()).param("level", c.level()).param("name", c.name())
                .update();
    }

    /** Retires the node and everything below it: no new ticket is filed there; existing tickets keep their code. */
    public int retireSubtree(String code) {
        return jdbc.sql("UPDATE category SET active = FALSE WHERE code LIKE :prefix AND active")
                .param("prefix", code + "%").update();
    }

    private Category map(ResultSet rs, int row) throws SQLException {
        return new Category(rs.getString("code"), rs.getString("parent_code"), rs.getInt("level"), rs.getString("name"));
    }
}
