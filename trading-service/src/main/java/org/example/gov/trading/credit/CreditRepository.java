package org.example.gov.trading.credit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** {@code credit_record}: one JSON document per record under a row version, in the caller's transaction. */
@Repository
public class CreditRepository {

    /** Records shown for one subject: far more than any real subject collects. */
    static final int SUBJECT_LIMIT = 500;
    private static final String COLUMNS = "SELECT document, row_version FROM credit_record ";

    /** Above this many subjects a lookup reads the kind's records in force instead of an IN list. */
    static final int IN_LIST_LIMIT = 200;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CreditRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CreditRecord> find(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id.toString()).query((rs, n) -> restore(rs.getString(1),
                rs.getLong(2))).optional();
    }

    public Optional<CreditRecord> findForUpdate(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id FOR UPDATE").param("id", id.toString())
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).optional();
    }

    /** Every record of the subject, revoked and expired included, newest first. */
    public List<CreditRecord> ofSubject(String subjectId) {
        return jdbc.sql(COLUMNS + "WHERE subject_id = :subject ORDER BY recorded_at DESC, id LIMIT :limit")
                .param("subject", subjectId).param("limit", SUBJECT_LIMIT)
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    /**
     * The records, not revoked, whose period covers {@code date}, of these subjects of this kind; only the barring
     * ones when {@code barringOnly}; oldest first.
     */
    public List<CreditRecord> inForce(SubjectKind kind, Collection<String> subjects, LocalDate date,
            boolean barringOnly) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        String inForce = """
                WHERE subject_kind = :kind AND revoked = FALSE
                AND valid_from <= :date AND valid_until >= :date""" + (barringOnly ? " AND bars = TRUE" : "");
        if (subjects.size() > IN_LIST_LIMIT) {
            // an expert draw asks about a whole pool (10,000 ids): sending them all cost more than the draw itself,
            // while the records in force of one kind are few — read those and keep the subjects asked about
            Set<String> asked = Set.copyOf(subjects);
            return jdbc.sql(COLUMNS + inForce + " ORDER BY recorded_at, id")
                    .param("kind", kind.name()).param("date", Date.valueOf(date))
                    .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list().stream()
                    .filter(r -> asked.contains(r.subjectId())).toList();
        }
        return jdbc.sql(COLUMNS + inForce + " AND subject_id IN (:subjects) ORDER BY recorded_at, id")
                .param("kind", kind.name()).param("subjects", List.copyOf(subjects)).param("date", Date.valueOf(date))
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    /** A page of the organisations' barring records in force on {@code date}, newest first (the public list). */
    public List<CreditRecord> publicBars(LocalDate date, int page, int size) {
        return jdbc.sql(COLUMNS + """
                WHERE bars = TRUE AND revoked = FALSE AND subject_kind IN (:kinds)
                AND valid_from <= :date AND valid_until >= :date
                ORDER BY recorded_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("kinds", List.of(SubjectKind.BIDDER.name(), SubjectKind.AGENT.name()))
                .param("date", Date.valueOf(date)).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    public void save(CreditRecord r) {
        CreditRecord.Snapshot s = r.snapshot();
        String document = json.writeValueAsString(s);
        if (s.rowVersion() < 0) {
            jdbc.sql("""
                    INSERT INTO credit_record (id, subject_kind, subject_id, region, bars, valid_from, valid_until,
                        revoked, recorded_at, document, row_version)
                    VALUES (:id, :kind, :subject, :region, :bars, :from, :until, :revoked, :at, :document, 0)""")
                    .param("id", s.id().toString()).param("kind", s.subjectKind().name())
                    .param("subject", s.subjectId()).param("region", s.region()).param("bars", s.bars())
                    .param("from", Date.valueOf(s.from())).param("until", Date.valueOf(s.until()))
                    .param("revoked", r.revoked()).param("at", Timestamp.from(s.history().getFirst().at()))
                    .param("document", document).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE credit_record SET valid_from = :from, valid_until = :until, revoked = :revoked,
                    document = :document, row_version = row_version + 1
                WHERE id = :id AND row_version = :version""")
                .param("from", Date.valueOf(s.from())).param("until", Date.valueOf(s.until()))
                .param("revoked", r.revoked()).param("document", document).param("id", s.id().toString())
                .param("version", s.rowVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("credit record " + s.id() + " changed concurrently");
        }
    }

    private CreditRecord restore(String document, long rowVersion) {
        CreditRecord.Snapshot s = json.readValue(document, CreditRecord.Snapshot.class);
        return CreditRecord.restore(new CreditRecord.Snapshot(s.id(), s.subjectKind(), s.subjectId(), s.subjectName(),
                s.misconduct(), s.basis(), s.decisionRef(), s.department(), s.region(), s.track(), s.bars(), s.from(),
                s.until(), s.history(), rowVersion));
    }
}
