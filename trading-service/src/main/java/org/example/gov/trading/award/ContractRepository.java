package org.example.gov.trading.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** {@code lot_contract}: one JSON document per lot under a row version, in the caller's transaction. */
@Repository
public class ContractRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ContractRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<LotContract> find(String lotId) {
        return load("SELECT document, row_version FROM lot_contract WHERE lot_id = :lot", lotId);
    }

    public Optional<LotContract> findForUpdate(String lotId) {
        return load("SELECT document, row_version FROM lot_contract WHERE lot_id = :lot FOR UPDATE", lotId);
    }

    /** Unsigned contracts whose last day is {@code horizon} or earlier: the ones a warning may be due for. */
    public List<String> awaitingDueBy(LocalDate horizon) {
        return jdbc.sql("""
                SELECT lot_id FROM lot_contract WHERE status = 'AWAITING_SIGNATURE' AND due_on <= :horizon
                ORDER BY due_on, lot_id""").param("horizon", horizon).query(String.class).list();
    }

    public void save(LotContract c) {
        LotContract.Snapshot s = c.snapshot();
        String document = json.writeValueAsString(s);
        if (s.rowVersion() < 0) {
            jdbc.sql("""
                    INSERT INTO lot_contract (lot_id, project_id, status, due_on, document, row_version)
                    VALUES (:lot, :project, :status, :due, :document, 0)""")
                    .param("lot", s.lotId()).param("project", s.projectId()).param("status", s.status().name())
                    .param("due", s.dueOn()).param("document", document).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE lot_contract SET status = :status, due_on = :due, document = :document,
                       row_version = row_version + 1
                WHERE lot_id = :lot AND row_version = :version""")
                .param("lot", s.lotId()).param("status", s.status().name()).param("due", s.dueOn())
                .param("document", document)
                .param("version", s.rowVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("the contract of lot " + s.lotId() + " changed concurrently");
        }
    }

    private Optional<LotContract> load(String sql, String lotId) {
        return jdbc.sql(sql).param("lot", lotId).query((rs, n) -> {
            LotContract.Snapshot s = json.readValue(rs.getString(1), LotContract.Snapshot.class);
            return LotContract.restore(new LotContract.Snapshot(s.lotId(), s.projectId(), s.track(), s.bidId(),
                    s.bidder(), s.awardedAmount(), s.awardNoticeAt(), s.dueOn(), s.status(), s.signature(),
                    s.refusal(), s.warned(), s.earlierRefusals(), rs.getLong(2)));
        }).optional();
    }
}
