package org.example.gov.cases.casefile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Cases and their history in the {@code cases} schema. Queried fields are columns; notices, procedures and reasons
 * travel in the {@code details} JSON. Updates check the row version (optimistic lock → 409).
 */
@Repository
public class CaseRepository {

    private static final String COLUMNS = """
            id, case_number, query_code, item_id, item_code, item_name, item_version, department, region, item_kind,
            promised_days, legal_days, extension_allowed, extension_max_days, public_result, applicant_id, applicant_name,
            applicant_id_number, applicant_id_number_index, applicant_phone, applicant_phone_index,
            channel, submitted_by, partner_id, partner_reference, bundle_id, status, resume_status, submitted_at,
            submitted_on, pre_review_due, pre_review_due_provisional, received_on, accepted_at, accepted_on, due_date,
            due_date_provisional, clock_days, instant, paused_since, paused_working_days, extended_days, decision, decided_at,
            decided_on, delivery_method, delivered_at, closed_at, details, dates_provisional, row_version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicantDataCipher names;

    public CaseRepository(JdbcClient jdbc, JsonMapper json, ApplicantDataCipher names) {
        this.jdbc = jdbc;
        this.json = json;
        this.names = names;
    }

    public void insert(Case c) {
        String values = ":" + COLUMNS.replace("\n", " ").replaceAll("\\s+", "").replace(",", ", :");
        bind(jdbc.sql("INSERT INTO case_file (" + COLUMNS + ") VALUES (" + values + ")"), c).update();
        appendHistory(c);
    }

    public void update(Case c) {
        int updated = bind(jdbc.sql("""
                UPDATE case_file SET status = :status, resume_status = :resume_status, pre_review_due = :pre_review_due,
                       pre_review_due_provisional = :pre_review_due_provisional,
                       received_on = :received_on, accepted_at = :accepted_at, accepted_on = :accepted_on,
                       due_date = :due_date, due_date_provisional = :due_date_provisional, clock_days = :clock_days,
                       instant = :instant, paused_since = :paused_since, dates_provisional = :dates_provisional,
                       paused_working_days = :paused_working_days, extended_days = :extended_days, decision = :decision,
                       decided_at = :decided_at, decided_on = :decided_on, delivery_method = :delivery_method, delivered_at = :delivered_at,
                       closed_at = :closed_at, details = :details, row_version = row_version + 1
                WHERE id = :id AND row_version = :row_version"""), c).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("case " + c.id() + " was changed concurrently");
        }
        appendHistory(c);
    }

    public Optional<Case> find(CaseId id) {
        return jdbc.sql("SELECT * FROM case_file WHERE id = :id").param("id", id.toString()).query(this::map).optional();
    }

    /** The case with its row locked until the transaction ends (a system recount must not race a clerk's step). */
    public Optional<Case> findForUpdate(CaseId id) {
        return jdbc.sql("SELECT * FROM case_file WHERE id = :id FOR UPDATE").param("id", id.toString()).query(this::map)
                .optional();
    }

    /**
     * Cases with a date counted on the weekends-only estimate ({@link Case#hasProvisionalDates()}), in id order after
     * {@code after} (keyset paging; null = from the start), at most {@code limit}: the indexed flag keeps this cheap
     * however many cases there are.
     */
    public List<CaseId> withProvisionalDates(CaseId after, int limit) {
        return jdbc.sql("SELECT id FROM case_file WHERE dates_provisional = TRUE AND id > :after ORDER BY id LIMIT :limit")
                .param("after", after == null ? "" : after.toString()).param("limit", limit)
                .query((rs, n) -> CaseId.of(rs.getString("id"))).list();
    }

    public Optional<Case> findByNumber(String caseNumber) {
        return jdbc.sql("SELECT * FROM case_file WHERE case_number = :n").param("n", caseNumber).query(this::map).optional();
    }

    public List<Case> findByBundle(String bundleId) {
        return jdbc.sql("SELECT * FROM case_file WHERE bundle_id = :b ORDER BY item_code").param("b", bundleId)
                .query(this::map).list();
    }

    public List<HistoryEntry> history(CaseId id) {
        return jdbc.sql("SELECT * FROM case_history WHERE case_id = :id ORDER BY seq").param("id", id.toString())
                .query((rs, n) -> new HistoryEntry(CaseAction.valueOf(rs.getString("action")), rs.getString("actor_id"),
                        rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("location"),
                        rs.getString("on_behalf_of"), rs.getTimestamp("at").toInstant(), rs.getString("note"),
                        rs.getString("recomputed") == null ? null
                                : json.readValue(rs.getString("recomputed"), RecomputedDate.class)))
                .list();
    }

    private void appendHistory(Case c) {
        for (HistoryEntry entry : c.newHistory()) {
            jdbc.sql("""
                    INSERT INTO case_history (case_id, action, actor_id, actor_name, actor_role, location, on_behalf_of, at, note,
                                              recomputed)
                    VALUES (:caseId, :action, :actorId, :actorName, :actorRole, :location, :onBehalfOf, :at, :note,
                            :recomputed)""")
                    .param("caseId", c.id().toString())
                    .param("action", entry.action().name())
                    .param("actorId", entry.actorId())
                    .param("actorName", entry.actorName())
                    .param("actorRole", entry.actorRole())
                    .param("location", entry.location())
                    .param("onBehalfOf", entry.onBehalfOf())
                    .param("at", ts(entry.at()))
                    .param("note", entry.note() == null || entry.note().length() <= 1000 ? entry.note()
                            : entry.note().substring(0, 1000))
                    .param("recomputed", entry.recomputed() == null ? null : json.writeValueAsString(entry.recomputed()))
                    .update();
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Case c) {
        Case.Snapshot s = c.snapshot();
        PinnedItem item = s.item();
        Origin origin = s.origin();
        Deadline d = s.deadline();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", s.id().toString());
        params.put("case_number", s.caseNumber());
        params.put("query_code", s.queryCode());
        params.put("item_id", item.itemId());
        params.put("item_code", item.code());
        params.put("item_name", item.name());
        params.put("item_version", item.version());
        params.put("department", item.department());
        params.put("region", item.region());
        params.put("item_kind", item.kind());
        params.put("promised_days", item.promisedDays());
        params.put("legal_days", item.legalDays());
        params.put("extension_allowed", item.extensionAllowed());
        params.put("extension_max_days", item.extensionMaxDays());
        params.put("public_result", item.publicResult());
        Applicant applicant = s.applicant();
        params.put("applicant_id", applicant.id());
        // personal data: never in clear in the table; the indexes find a person's cases without decrypting
        params.put("applicant_name", names.seal(applicant.name()));
        params.put("applicant_id_number", names.seal(applicant.idNumber()));
        params.put("applicant_id_number_index", names.index(applicant.idNumber()));
        params.put("applicant_phone", names.seal(applicant.phone()));
        params.put("applicant_phone_index", names.index(applicant.phone()));
        params.put("channel", origin.channel().name());
        params.put("submitted_by", origin.submittedBy());
        params.put("partner_id", origin.partnerId());
        params.put("partner_reference", origin.partnerReference());
        params.put("bundle_id", origin.bundleId());
        params.put("status", s.status().name());
        params.put("resume_status", s.resumeStatus() == null ? null : s.resumeStatus().name());
        params.put("submitted_at", ts(s.submittedAt()));
        params.put("submitted_on", date(LocalDate.ofInstant(s.submittedAt(), Act.ZONE)));
        params.put("pre_review_due", date(s.preReviewDue()));
        params.put("pre_review_due_provisional", s.preReviewDueProvisional());
        params.put("received_on", date(s.receivedOn()));
        params.put("accepted_at", ts(s.acceptedAt()));
        params.put("accepted_on", d == null ? null : date(d.startedOn()));
        params.put("due_date", d == null ? null : date(d.dueDate()));
        params.put("due_date_provisional", d != null && d.dueDateProvisional());
        params.put("clock_days", d == null ? null : d.promisedDays());
        params.put("instant", d != null && d.instant());
        params.put("paused_since", d == null ? null : date(d.pausedSince()));
        params.put("paused_working_days", d == null ? 0 : d.pausedWorkingDays());
        params.put("extended_days", d == null ? 0 : d.extendedDays());
        params.put("decision", s.decision() == null ? null : s.decision().outcome().name());
        params.put("decided_at", s.decision() == null ? null : ts(s.decision().decidedAt()));
        params.put("decided_on", s.decision() == null ? null : date(LocalDate.ofInstant(s.decision().decidedAt(), Act.ZONE)));
        params.put("delivery_method", s.delivery() == null ? null : s.delivery().method().name());
        params.put("delivered_at", s.delivery() == null ? null : ts(s.delivery().deliveredAt()));
        params.put("closed_at", ts(s.closedAt()));
        params.put("details", json.writeValueAsString(new Details(s.supplements(), s.specialProcedures(), s.decision(),
                s.delivery())));
        params.put("dates_provisional", c.hasProvisionalDates()); // what the recount after a calendar change looks for
        params.put("row_version", s.rowVersion());
        return sql.params(params);
    }

    private Case map(ResultSet rs, int row) throws SQLException {
        PinnedItem item = new PinnedItem(rs.getString("item_id"), rs.getString("item_code"), rs.getString("item_name"),
                rs.getInt("item_version"), rs.getString("department"), rs.getString("region"), rs.getString("item_kind"),
                rs.getObject("promised_days", Integer.class), rs.getInt("legal_days"), rs.getBoolean("extension_allowed"),
                rs.getObject("extension_max_days", Integer.class), rs.getBoolean("public_result"));
        Origin origin = new Origin(Origin.Channel.valueOf(rs.getString("channel")), rs.getString("submitted_by"),
                rs.getString("partner_id"), rs.getString("partner_reference"), rs.getString("bundle_id"));
        LocalDate acceptedOn = localDate(rs.getDate("accepted_on"));
        Deadline deadline = acceptedOn == null ? null : new Deadline(acceptedOn, rs.getInt("clock_days"),
                rs.getBoolean("instant"), localDate(rs.getDate("due_date")), localDate(rs.getDate("paused_since")),
                rs.getInt("paused_working_days"), rs.getInt("extended_days"), rs.getBoolean("due_date_provisional"));
        Details details = json.readValue(rs.getString("details"), Details.class);
        String resume = rs.getString("resume_status");
        return Case.restore(new Case.Snapshot(CaseId.of(rs.getString("id")), rs.getString("case_number"),
                rs.getString("query_code"), item, new Applicant(rs.getString("applicant_id"), names.open(rs.getString("applicant_name")),
                        names.openIdNumber(rs.getString("applicant_id_number")), names.openPhone(rs.getString("applicant_phone"))),
                origin,
                CaseStatus.valueOf(rs.getString("status")), resume == null ? null : CaseStatus.valueOf(resume),
                instant(rs.getTimestamp("submitted_at")), localDate(rs.getDate("pre_review_due")),
                rs.getBoolean("pre_review_due_provisional"), localDate(rs.getDate("received_on")),
                instant(rs.getTimestamp("accepted_at")), deadline,
                details.supplements(), details.specialProcedures(), details.decision(), details.delivery(),
                instant(rs.getTimestamp("closed_at")), rs.getLong("row_version")));
    }

    /** The part of a case kept as JSON. */
    record Details(List<SupplementNotice> supplements, List<SpecialProcedure> specialProcedures, Decision decision,
            Delivery delivery) {

        Details {
            supplements = supplements == null ? List.of() : supplements;
            specialProcedures = specialProcedures == null ? List.of() : specialProcedures;
        }
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
