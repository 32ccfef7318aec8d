package org.example.gov.hotline.open311;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.example.gov.hotline.ticket.TicketAction;
import org.example.gov.hotline.ticket.TicketStatus;
import org.example.gov.hotline.ticket.TicketType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open311's reads of tickets (read-only: the ticket capability owns that table) and its own tables: the api keys and
 * what a request brought beyond the ticket. The list never touches the caller's columns.
 *
 * <p>A list is one keyset-shaped query on a covering index (V6__open311.sql names which index serves which filter):
 * the inner SELECT walks the index newest first, filters region prefix, category and status from the index's own
 * columns and stops at the page's end; only the page's rows are then read from the table.
 */
@Repository
public class Open311Repository {

    private static final String COLUMNS = """
            t.id, t.ticket_number, t.status, t.category_code, c.name AS category_name, t.description, t.lead_department,
            t.received_at, t.updated_at, t.due_at, t.address, t.latitude, t.longitude, o.media_url, t.confidential, t.type""";

    private static final long MERGE_UP_TO = 10_000;

    private final JdbcClient jdbc;

    public Open311Repository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PublicRequest> list(RequestQuery q) {
        Map<String, Object> params = new HashMap<>();
        if (!q.numbers().isEmpty()) {
            params.put("numbers", q.numbers()); // uk_ticket_number
            return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t JOIN category c ON c.code = t.category_code"
                    + " LEFT JOIN open311_request o ON o.ticket_id = t.id WHERE t.ticket_number IN (:numbers)"
                    + " ORDER BY t.received_at DESC, t.id DESC").params(params).query(this::map).list();
        }
        // the window that orders the page: updated_at when asked for (ix_ticket_open311_updated), else received_at
        // (ix_ticket_open311_received, or ix_ticket_open311_category for service codes)
        String order = q.updated() != null ? "updated_at" : "received_at";
        List<String> where = new ArrayList<>();
        window(where, params, "received_at", "requested", q.requested());
        window(where, params, "updated_at", "updated", q.updated());
        if (q.jurisdiction() != null) {
            where.add("region LIKE :region");
            params.put("region", q.jurisdiction().prefix() + "%");
        }
        if (q.status() != null) {
            where.add("status IN (:statuses)");
            params.put("statuses", q.status().internal());
        }
        long offset = (long) (q.page() - 1) * q.pageSize();
        params.put("limit", q.pageSize());
        params.put("offset", offset);
        String page;
        if (q.serviceCodes().size() > 1 && q.updated() == null && offset + q.pageSize() <= MERGE_UP_TO) {
            // several service codes: one ordered walk of ix_ticket_open311_category per code, each stopping after the
            // page's end, merged — instead of sorting every match of all the codes in the window (deeper pages do sort:
            // each walk would read as far as the page's end)
            params.put("top", offset + q.pageSize());
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < q.serviceCodes().size(); i++) {
                params.put("code" + i, q.serviceCodes().get(i));
                parts.add("(SELECT id, received_at FROM ticket WHERE category_code = :code" + i + " AND "
                        + String.join(" AND ", where) + " ORDER BY received_at DESC, id DESC LIMIT :top)");
            }
            page = "SELECT id, received_at FROM (" + String.join(" UNION ALL ", parts)
                    + ") merged ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset";
        } else {
            if (!q.serviceCodes().isEmpty()) {
                where.add("category_code IN (:codes)");
                params.put("codes", q.serviceCodes());
            }
            page = "SELECT id, " + order + " FROM ticket WHERE " + String.join(" AND ", where) + " ORDER BY " + order
                    + " DESC, id DESC LIMIT :limit OFFSET :offset";
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM (" + page + ") page"
                + " JOIN ticket t ON t.id = page.id JOIN category c ON c.code = t.category_code"
                + " LEFT JOIN open311_request o ON o.ticket_id = t.id ORDER BY page." + order + " DESC, page.id DESC")
                .params(params).query(this::map).list();
    }

    private static void window(List<String> where, Map<String, Object> params, String column, String name,
            RequestQuery.Window w) {
        if (w == null) {
            return;
        }
        where.add(column + " >= :" + name + "From");
        params.put(name + "From", Timestamp.from(w.from()));
        if (w.to() != null) {
            where.add(column + " < :" + name + "To");
            params.put(name + "To", Timestamp.from(w.to()));
        }
    }

    /** One request with its history (the notes extension): the step, when, the stage it led to — no actor, no note. */
    public Optional<PublicRequest> one(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t JOIN category c ON c.code = t.category_code"
                + " LEFT JOIN open311_request o ON o.ticket_id = t.id WHERE t.ticket_number = :number")
                .param("number", number).query(this::map).optional()
                .map(r -> r.withNotes(notes(number)));
    }

    private List<PublicRequest.Note> notes(String number) {
        List<PublicRequest.Note> notes = new ArrayList<>();
        jdbc.sql("""
                SELECT h.action, h.to_status, h.at FROM ticket_history h JOIN ticket t ON t.id = h.ticket_id
                WHERE t.ticket_number = :number ORDER BY h.seq""").param("number", number)
                .query(rs -> {
                    notes.add(PublicRequest.Note.of(rs.getTimestamp("at").toInstant(),
                            TicketAction.valueOf(rs.getString("action")).label(), notes.isEmpty(),
                            TicketStatus.valueOf(rs.getString("to_status"))));
                });
        return notes;
    }

    /** The request number behind a token (GET tokens/{token}). */
    public Optional<String> numberOfToken(String token) {
        return jdbc.sql("""
                SELECT t.ticket_number FROM open311_request o JOIN ticket t ON t.id = o.ticket_id WHERE o.token = :token""")
                .param("token", token).query(String.class).optional();
    }

    public Optional<String> tokenOf(String ticketId) {
        return jdbc.sql("SELECT token FROM open311_request WHERE ticket_id = :id").param("id", ticketId)
                .query(String.class).optional();
    }

    /** What the request brought beyond the ticket; the e-mail already sealed. */
    public void insertRequest(String ticketId, String clientId, String token, String attributesJson, String mediaUrl,
            String sealedEmail, String deviceId, String accountId, Instant at) {
        jdbc.sql("""
                INSERT INTO open311_request (ticket_id, client_id, token, attributes, media_url, email, device_id, account_id,
                                             created_at)
                VALUES (:ticketId, :clientId, :token, :attributes, :mediaUrl, :email, :deviceId, :accountId, :at)""")
                .param("ticketId", ticketId).param("clientId", clientId).param("token", token)
                .param("attributes", attributesJson).param("mediaUrl", mediaUrl).param("email", sealedEmail)
                .param("deviceId", deviceId).param("accountId", accountId).param("at", Timestamp.from(at)).update();
    }

    public Optional<Open311Client> clientOfKey(String keySha256) {
        return jdbc.sql("""
                SELECT client_id, client_kind, client_name FROM open311_api_key WHERE key_sha256 = :hash AND active""")
                .param("hash", keySha256)
                .query((rs, n) -> new Open311Client(rs.getString("client_id"), ClientKind.valueOf(rs.getString("client_kind")),
                        rs.getString("client_name")))
                .optional();
    }

    /** The configured keys become the active ones; keys no longer configured are deactivated (kept for history). */
    public void provisionKeys(Map<String, Open311Client> byKeyHash, Instant now) {
        jdbc.sql("UPDATE open311_api_key SET active = FALSE").update();
        byKeyHash.forEach((hash, client) -> jdbc.sql("""
                INSERT INTO open311_api_key (key_sha256, client_id, client_kind, client_name, active, created_at)
                VALUES (:hash, :clientId, :kind, :name, TRUE, :now)
                ON DUPLICATE KEY UPDATE client_id = VALUES(client_id), client_kind = VALUES(client_kind),
                                        client_name = VALUES(client_name), active = TRUE""")
                .param("hash", hash).param("clientId", client.id()).param("kind", client.kind().name())
                .param("name", client.name()).param("now", Timestamp.from(now)).update());
    }

    private PublicRequest map(ResultSet rs, int row) throws SQLException {
        return PublicRequest.of(rs.getString("ticket_number"), TicketStatus.valueOf(rs.getString("status")),
                rs.getString("category_name"), rs.getString("category_code"), rs.getString("description"),
                rs.getString("lead_department"), utc(rs, "received_at"),
                utc(rs, "updated_at"), utc(rs, "due_at"), rs.getString("address"),
                rs.getObject("latitude", BigDecimal.class), rs.getObject("longitude", BigDecimal.class),
                rs.getString("media_url"), PublicRequest.withheld(rs.getBoolean("confidential"),
                        TicketType.valueOf(rs.getString("type"))));
    }

    /**
     * A time column as stored: in UTC, the connection's zone (platform-defaults: connectionTimeZone=UTC, forced to the
     * session). Read as the plain date-time it is — getTimestamp's calendar arithmetic was 12% of a 1,000-request
     * list's CPU.
     */
    private static Instant utc(ResultSet rs, String column) throws SQLException {
        LocalDateTime stored = rs.getObject(column, LocalDateTime.class);
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
