package org.example.gov.hotline.ticket;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.example.gov.hotline.dispatch.DepartmentRef;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tickets, their assisting departments and their append-only history in the {@code hotline} schema. Queried fields
 * are columns; the rest travels in {@code details}. The caller is stored sealed ({@link CallerCipher}). Updates check
 * the row version (optimistic lock → 409).
 */
@Repository
public class TicketRepository {

    private static final String COLUMNS = """
            id, ticket_number, channel, type, category_code, region, address, latitude, longitude, urgency, description,
            caller_name, caller_phone, caller_phone_index, confidential, caller_id, status, status_before_return,
            lead_region, lead_department, coordinated, dispatched_at, sign_due_at, signed_at, sign_reminded_at,
            clock_started_at, clock_working_days, due_at, due_date, due_provisional, supervised, sign_reminders, overdue_flagged, return_count, redo_count, received_at,
            closed_at, reminder_count, call_back_due_date, reply_send_backs, flagged_sensitive, approach_warned,
            case_number, case_verified, details, row_version, updated_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CallerCipher callers;

    public TicketRepository(JdbcClient jdbc, JsonMapper json, CallerCipher callers) {
        this.jdbc = jdbc;
        this.json = json;
        this.callers = callers;
    }

    public void insert(Ticket t) {
        String values = ":" + COLUMNS.replace("\n", " ").replaceAll("\\s+", "").replace(",", ", :");
        jdbc.sql("INSERT INTO ticket (" + COLUMNS + ") VALUES (" + values + ")").params(params(t, true)).update();
        replaceAssisting(t);
        appendHistory(t);
    }

    public void update(Ticket t) {
        int updated = jdbc.sql("""
                UPDATE ticket SET status = :status, status_before_return = :status_before_return,
                       lead_region = :lead_region, lead_department = :lead_department, coordinated = :coordinated,
                       dispatched_at = :dispatched_at, sign_due_at = :sign_due_at, signed_at = :signed_at,
                       sign_reminded_at = :sign_reminded_at, clock_started_at = :clock_started_at,
                       clock_working_days = :clock_working_days, due_at = :due_at, due_date = :due_date,
                       due_provisional = :due_provisional, supervised = :supervised, sign_reminders = :sign_reminders,
                       overdue_flagged = :overdue_flagged, return_count = :return_count, redo_count = :redo_count,
                       closed_at = :closed_at, reminder_count = :reminder_count,
                       call_back_due_date = :call_back_due_date, reply_send_backs = :reply_send_backs,
                       flagged_sensitive = :flagged_sensitive, approach_warned = :approach_warned,
                       case_number = :case_number, case_verified = :case_verified,
                       details = :details, row_version = row_version + 1,
                       updated_at = COALESCE(:updated_at, updated_at)
                WHERE id = :id AND row_version = :row_version""").params(params(t, false)).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("ticket " + t.id() + " was changed concurrently");
        }
        if (t.newHistory().stream().anyMatch(h -> h.action() == TicketAction.DISPATCH
                || h.action() == TicketAction.APPROVE_RETURN || h.action() == TicketAction.RETURN)) {
            replaceAssisting(t);
        }
        appendHistory(t);
    }

    public Optional<Ticket> find(TicketId id) {
        return jdbc.sql("SELECT * FROM ticket WHERE id = :id").param("id", id.toString()).query(this::map).optional();
    }

    /** The ticket with its row locked until the transaction ends (a job must not race a person's step). */
    public Optional<Ticket> findForUpdate(TicketId id) {
        return jdbc.sql("SELECT * FROM ticket WHERE id = :id FOR UPDATE").param("id", id.toString()).query(this::map)
                .optional();
    }

    /** Dispatched tickets not signed by {@code now} and not reminded yet, in sign-due order, at most {@code limit}. */
    public List<TicketId> unsignedPastWindow(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM ticket WHERE status = :status AND sign_due_at < :now AND sign_reminded_at IS NULL
                ORDER BY sign_due_at LIMIT :limit""")
                .param("status", TicketStatus.DISPATCHED.name()).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> TicketId.of(rs.getString("id"))).list();
    }

    /** Tickets whose clock runs past their deadline and that are not flagged yet, at most {@code limit}. */
    public List<TicketId> overdueUnflagged(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM ticket WHERE status IN (:statuses) AND overdue_flagged = FALSE AND due_at < :now
                ORDER BY due_at LIMIT :limit""")
                .param("statuses", TicketStatus.CLOCK_RUNNING.stream().map(Enum::name).toList())
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> TicketId.of(rs.getString("id"))).list();
    }

    /**
     * Tickets whose clock runs, not warned of an approaching deadline nor flagged overdue, due before {@code horizon},
     * earliest first, at most {@code limit}: the candidates of the approaching warning (the ticket decides on its
     * calendar whether it is within the warning window yet).
     */
    public List<TicketId> approachingUnwarned(Instant now, Instant horizon, int limit) {
        return jdbc.sql("""
                SELECT id FROM ticket WHERE status IN (:statuses) AND approach_warned = FALSE AND overdue_flagged = FALSE
                   AND due_at >= :now AND due_at < :horizon
                ORDER BY due_at LIMIT :limit""")
                .param("statuses", TicketStatus.CLOCK_RUNNING.stream().map(Enum::name).toList())
                .param("now", Timestamp.from(now)).param("horizon", Timestamp.from(horizon)).param("limit", limit)
                .query((rs, n) -> TicketId.of(rs.getString("id"))).list();
    }

    /**
     * Tickets whose due date is the weekends-only estimate, in id order after {@code after} (keyset paging; null = from
     * the start), at most {@code limit}.
     */
    public List<TicketId> withProvisionalDueDate(TicketId after, int limit) {
        return jdbc.sql("SELECT id FROM ticket WHERE due_provisional = TRUE AND id > :after ORDER BY id LIMIT :limit")
                .param("after", after == null ? "" : after.toString()).param("limit", limit)
                .query((rs, n) -> TicketId.of(rs.getString("id"))).list();
    }

    /**
     * The caller's (phone blind index) earliest open ticket of this category, locked until the transaction ends (two
     * repeat calls at once count twice); for an online caller ({@code callerId} not null) only among their own.
     */
    public Optional<Ticket> openMatterForUpdate(String phoneIndex, String categoryCode, String callerId) {
        return jdbc.sql("""
                SELECT * FROM ticket WHERE caller_phone_index = :phoneIndex AND category_code = :category
                   AND status NOT IN (:final) AND (:callerId IS NULL OR caller_id = :callerId)
                ORDER BY received_at LIMIT 1 FOR UPDATE""")
                .param("phoneIndex", phoneIndex).param("category", categoryCode)
                .param("final", List.of(TicketStatus.CLOSED.name(), TicketStatus.EMERGENCY_HANDED_OFF.name()))
                .param("callerId", callerId).query(this::map).optional();
    }

    /**
     * The caller's (phone blind index) latest ticket of this category closed since {@code since}; for an online caller
     * ({@code callerId} not null) only among the ones they filed themselves.
     */
    public Optional<Ticket> lastClosedMatter(String phoneIndex, String categoryCode, String callerId, Instant since) {
        return jdbc.sql("""
                SELECT * FROM ticket WHERE caller_phone_index = :phoneIndex AND category_code = :category
                   AND status = :closed AND closed_at >= :since AND (:callerId IS NULL OR caller_id = :callerId)
                ORDER BY closed_at DESC LIMIT 1""")
                .param("phoneIndex", phoneIndex).param("category", categoryCode)
                .param("closed", TicketStatus.CLOSED.name()).param("since", Timestamp.from(since))
                .param("callerId", callerId).query(this::map).optional();
    }

    public List<HistoryEntry> history(TicketId id) {
        return jdbc.sql("SELECT * FROM ticket_history WHERE ticket_id = :id ORDER BY seq").param("id", id.toString())
                .query((rs, n) -> new HistoryEntry(TicketAction.valueOf(rs.getString("action")), rs.getString("actor_id"),
                        rs.getString("actor_name"), rs.getString("actor_role"),
                        rs.getString("from_status") == null ? null : TicketStatus.valueOf(rs.getString("from_status")),
                        TicketStatus.valueOf(rs.getString("to_status")), rs.getTimestamp("at").toInstant(),
                        rs.getString("note")))
                .list();
    }

    /** Append-only: history rows are inserted, never updated or deleted. */
    private void appendHistory(Ticket t) {
        for (HistoryEntry e : t.newHistory()) {
            jdbc.sql("""
                    INSERT INTO ticket_history (ticket_id, action, actor_id, actor_name, actor_role, from_status, to_status, at, note)
                    VALUES (:ticketId, :action, :actorId, :actorName, :actorRole, :from, :to, :at, :note)""")
                    .param("ticketId", t.id().toString()).param("action", e.action().name())
                    .param("actorId", e.actorId()).param("actorName", e.actorName()).param("actorRole", e.actorRole())
                    .param("from", e.from() == null ? null : e.from().name()).param("to", e.to().name())
                    .param("at", Timestamp.from(e.at()))
                    .param("note", e.note() == null || e.note().length() <= 1000 ? e.note() : e.note().substring(0, 1000))
                    .update();
        }
    }

    /** The assisting departments of the current dispatch, as rows the work lists are scoped on. */
    private void replaceAssisting(Ticket t) {
        jdbc.sql("DELETE FROM ticket_assist WHERE ticket_id = :id").param("id", t.id().toString()).update();
        if (t.assignment() == null) {
            return;
        }
        for (DepartmentRef d : t.assignment().assisting()) {
            jdbc.sql("INSERT INTO ticket_assist (ticket_id, region, department) VALUES (:id, :region, :department)")
                    .param("id", t.id().toString()).param("region", d.region()).param("department", d.name()).update();
        }
    }

    private Map<String, Object> params(Ticket t, boolean isNew) {
        Ticket.Snapshot s = t.snapshot();
        Assignment a = s.assignment();
        Deadline d = s.deadline();
        Map<String, Object> p = new HashMap<>();
        p.put("id", s.id().toString());
        if (isNew) {
            p.put("ticket_number", s.number());
            p.put("channel", s.channel().name());
            p.put("type", s.type().name());
            p.put("category_code", s.categoryCode());
            p.put("region", s.location().region());
            p.put("address", s.location().address());
            p.put("latitude", s.location().latitude());
            p.put("longitude", s.location().longitude());
            p.put("urgency", s.urgency().name());
            p.put("description", s.description());
            // personal data: never in clear in the table
            p.put("caller_name", callers.sealName(s.caller().name()));
            p.put("caller_phone", callers.sealPhone(s.caller().phone()));
            p.put("caller_phone_index", callers.indexOf(s.caller().phone()));
            p.put("confidential", s.confidential());
            p.put("caller_id", s.callerId());
            p.put("received_at", ts(s.receivedAt()));
        }
        p.put("status", s.status().name());
        p.put("status_before_return", s.statusBeforeReturn() == null ? null : s.statusBeforeReturn().name());
        p.put("lead_region", a == null ? null : a.lead().region());
        p.put("lead_department", a == null ? null : a.lead().name());
        p.put("coordinated", a != null && a.coordinated());
        p.put("dispatched_at", a == null ? null : ts(a.dispatchedAt()));
        p.put("sign_due_at", a == null ? null : ts(a.signDueAt()));
        p.put("signed_at", a == null ? null : ts(a.signedAt()));
        p.put("sign_reminded_at", a == null ? null : ts(a.remindedAt()));
        p.put("clock_started_at", d == null ? null : ts(d.startedAt()));
        p.put("clock_working_days", d == null ? null : d.workingDays());
        p.put("due_at", d == null ? null : ts(d.dueAt()));
        p.put("due_date", d == null ? null : Date.valueOf(d.dueDate()));
        p.put("due_provisional", d != null && d.provisional());
        p.put("supervised", s.supervised());
        p.put("sign_reminders", s.signReminders());
        p.put("overdue_flagged", s.overdueFlagged());
        p.put("return_count", s.returns().size());
        p.put("redo_count", s.redoCount());
        p.put("closed_at", ts(s.closedAt()));
        p.put("reminder_count", s.reminderCount());
        p.put("call_back_due_date", s.callBackDueDate() == null ? null : Date.valueOf(s.callBackDueDate()));
        p.put("reply_send_backs", s.replySendBacks());
        p.put("flagged_sensitive", s.sensitivity() != null);
        p.put("approach_warned", s.approachWarned());
        p.put("case_number", s.caseReference() == null ? null : s.caseReference().caseNumber());
        p.put("case_verified", s.caseReference() != null && s.caseReference().verified());
        p.put("details", json.writeValueAsString(new Details(s.attachments(), s.emergencyHandoff(), s.directAnswer(),
                a == null ? List.of() : a.assisting(), s.returns(), s.replies(), s.callBacks(), s.extensions(),
                s.sensitivity(), s.caseReference())));
        p.put("row_version", s.rowVersion());
        // when it last changed (Open311's updated_datetime): the time of this step's last history entry
        p.put("updated_at", t.newHistory().isEmpty() ? null : ts(t.newHistory().getLast().at()));
        return p;
    }

    private Ticket map(ResultSet rs, int row) throws SQLException {
        Details details = json.readValue(rs.getString("details"), Details.class);
        String leadRegion = rs.getString("lead_region");
        Assignment assignment = leadRegion == null ? null : new Assignment(
                new DepartmentRef(leadRegion, rs.getString("lead_department")), details.assisting(),
                instant(rs.getTimestamp("dispatched_at")), instant(rs.getTimestamp("sign_due_at")),
                instant(rs.getTimestamp("signed_at")), instant(rs.getTimestamp("sign_reminded_at")),
                rs.getBoolean("coordinated"));
        Timestamp dueAt = rs.getTimestamp("due_at");
        Deadline deadline = dueAt == null ? null
                : new Deadline(instant(rs.getTimestamp("clock_started_at")), rs.getObject("clock_working_days", Integer.class),
                        dueAt.toInstant(), rs.getDate("due_date").toLocalDate(), rs.getBoolean("due_provisional"));
        String before = rs.getString("status_before_return");
        return Ticket.restore(new Ticket.Snapshot(TicketId.of(rs.getString("id")), rs.getString("ticket_number"),
                Channel.valueOf(rs.getString("channel")), TicketType.valueOf(rs.getString("type")),
                rs.getString("category_code"), new Location(rs.getString("region"), rs.getString("address"),
                        rs.getObject("latitude", BigDecimal.class), rs.getObject("longitude", BigDecimal.class)),
                Urgency.valueOf(rs.getString("urgency")), rs.getString("description"), details.attachments(),
                callers.open(rs.getString("caller_name"), rs.getString("caller_phone")), rs.getBoolean("confidential"),
                rs.getString("caller_id"), instant(rs.getTimestamp("received_at")),
                TicketStatus.valueOf(rs.getString("status")), before == null ? null : TicketStatus.valueOf(before),
                details.emergencyHandoff(), details.directAnswer(), assignment, deadline, rs.getBoolean("supervised"), rs.getInt("sign_reminders"),
                rs.getBoolean("overdue_flagged"), details.returns(), details.replies(), details.callBacks(),
                rs.getInt("redo_count"), instant(rs.getTimestamp("closed_at")), rs.getInt("reminder_count"),
                rs.getDate("call_back_due_date") == null ? null : rs.getDate("call_back_due_date").toLocalDate(),
                rs.getInt("reply_send_backs"), details.extensions(), details.sensitivity(),
                rs.getBoolean("approach_warned"), details.caseReference(), rs.getLong("row_version")));
    }

    /** The part of a ticket kept as JSON (no personal data). */
    record Details(List<Attachment> attachments, EmergencyHandoff emergencyHandoff, DirectAnswer directAnswer,
            List<DepartmentRef> assisting,
            List<ReturnRecord> returns, List<Reply> replies, List<CallBack> callBacks, List<Extension> extensions,
            Sensitivity sensitivity, CaseReference caseReference) {

        Details {
            attachments = attachments == null ? List.of() : attachments;
            assisting = assisting == null ? List.of() : assisting;
            returns = returns == null ? List.of() : returns;
            replies = replies == null ? List.of() : replies;
            callBacks = callBacks == null ? List.of() : callBacks;
            extensions = extensions == null ? List.of() : extensions;
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
