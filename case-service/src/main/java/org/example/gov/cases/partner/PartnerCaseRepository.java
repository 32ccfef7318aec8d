package org.example.gov.cases.partner;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which cases a partner forwarded (the indexed {@code case_file.partner_id}), newest first. */
@Repository
public class PartnerCaseRepository {

    private final JdbcClient jdbc;

    public PartnerCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> caseIds(String partnerId, int page, int size) {
        return jdbc.sql("""
                SELECT id FROM case_file WHERE partner_id = :partner ORDER BY submitted_at DESC, id
                LIMIT :size OFFSET :offset""")
                .param("partner", partnerId).param("size", size).param("offset", (long) page * size)
                .query(String.class).list();
    }

    public long count(String partnerId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE partner_id = :partner").param("partner", partnerId)
                .query(Long.class).single();
    }
}
