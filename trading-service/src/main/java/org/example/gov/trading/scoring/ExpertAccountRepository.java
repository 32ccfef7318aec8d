package org.example.gov.trading.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.example.gov.trading.expert.ExpertId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code expert_account}: which login subject is which expert of the pool. */
@Repository
public class ExpertAccountRepository {

    private final JdbcClient jdbc;

    public ExpertAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ExpertId> expertOf(String subject) {
        return jdbc.sql("SELECT expert_id FROM expert_account WHERE subject = :s").param("s", subject)
                .query((rs, n) -> ExpertId.of(rs.getString(1))).optional();
    }

    public Optional<String> subjectOf(ExpertId expert) {
        return jdbc.sql("SELECT subject FROM expert_account WHERE expert_id = :e").param("e", expert.toString())
                .query(String.class).optional();
    }

    /** Links the subject to the expert, replacing the expert's previous account (a DuplicateKeyException if the subject is another expert's). */
    public void link(String subject, ExpertId expert, String by, Instant at) {
        jdbc.sql("DELETE FROM expert_account WHERE expert_id = :e").param("e", expert.toString()).update();
        jdbc.sql("""
                INSERT INTO expert_account (subject, expert_id, linked_by, linked_at)
                VALUES (:s, :e, :by, :at)""").param("s", subject).param("e", expert.toString()).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }
}
