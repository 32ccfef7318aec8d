package org.example.gov.hotline.dispatch;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The responsibility list in the {@code responsibility} table (seeded by V2). */
@Repository
public class ResponsibilityRepository {

    private static final TypeReference<List<DepartmentRef>> DEPARTMENTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ResponsibilityRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The lines for any of these categories in any of these regions. */
    public List<Responsibility> candidates(Collection<String> categoryCodes, Collection<String> regions) {
        return jdbc.sql("""
                SELECT category_code, region, lead_region, lead_department, assisting_departments FROM responsibility
                WHERE category_code IN (:categories) AND region IN (:regions)""")
                .param("categories", List.copyOf(categoryCodes)).param("regions", List.copyOf(regions))
                .query((rs, n) -> new Responsibility(rs.getString("category_code"), rs.getString("region"),
                        new DepartmentRef(rs.getString("lead_region"), rs.getString("lead_department")),
                        json.readValue(rs.getString("assisting_departments"), DEPARTMENTS)))
                .list();
    }
}
