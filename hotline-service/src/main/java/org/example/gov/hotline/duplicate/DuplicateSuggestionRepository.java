package org.example.gov.hotline.duplicate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.example.gov.hotline.ticket.Page;
import org.example.gov.hotline.ticket.TicketStatus;
import org.example.gov.platform.scope.Scope;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Suggestions, their candidates and their append-only history; and the nearby search over {@code ticket} (read only:
 * the ticket capability owns that table).
 */
@Repository
public class DuplicateSuggestionRepository {

    private final JdbcClient jdbc;

    public DuplicateSuggestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Other callers' tickets of the new ticket's category received since {@code since}: inside the bounding box (the
     * index pre-filter; the caller applies the exact distance) or at the same normalised address. Another caller means
     * another phone (the same caller's repeat call is merged at intake instead). Emergency hand-offs are no matter of
     * the centre's and are left out. At most 200, the latest first.
     */
    public List<Found> nearby(String ticketId, GeoDistance.Box box, Instant since) {
        String common = """
                FROM ticket n JOIN ticket c ON c.category_code = n.category_code AND c.received_at >= :since
                WHERE n.id = :id AND c.id <> n.id AND c.caller_phone_index <> n.caller_phone_index
                  AND c.status <> :handedOff AND\s""";
        String columns = "SELECT c.id, c.ticket_number, c.region, c.received_at, c.latitude, c.longitude, "
                + "c.address_key = n.address_key AS same_address ";
        // each branch stops after the latest 200 (a street with hundreds of calls this week must not make every intake
        // there read them all): the address branch reads ix_ticket_same_address backwards, already in that order
        String latest = " ORDER BY c.received_at DESC LIMIT 200";
        String sql = "(" + columns + common + "c.address_key = n.address_key" + latest + ")";
        Map<String, Object> params = new HashMap<>();
        params.put("id", ticketId);
        params.put("since", Timestamp.from(since));
        params.put("handedOff", TicketStatus.EMERGENCY_HANDED_OFF.name());
        if (box != null) {
            sql = sql + " UNION (" + columns + common + """
                    c.latitude BETWEEN :minLat AND :maxLat AND c.longitude BETWEEN :minLon AND :maxLon""" + latest + ")";
            params.put("minLat", box.minLatitude());
            params.put("maxLat", box.maxLatitude());
            params.put("minLon", box.minLongitude());
            params.put("maxLon", box.maxLongitude());
        }
        return jdbc.sql(sql + " ORDER BY received_at DESC LIMIT 200").params(params)
                .query((rs, n) -> new Found(rs.getString("id"), rs.getString("ticket_number"), rs.getString("region"),
                        rs.getTimestamp("received_at").toInstant(), rs.getObject("latitude", BigDecimal.class),
                        rs.getObject("longitude", BigDecimal.class), rs.getBoolean("same_address")))
                .list();
    }

    /** A ticket the nearby search found, before the exact distance is applied. */
    public record Found(String ticketId, String ticketNumber, String region, Instant receivedAt, BigDecimal latitude,
            BigDecimal longitude, boolean sameAddress) {
    }

    public void insert(DuplicateSuggestion s) {
        jdbc.sql("""
                INSERT INTO duplicate_suggestion (id, ticket_id, ticket_number, region, category_code, status, duplicate_of,
                                                  created_at, decided_at, row_version)
                VALUES (:id, :ticketId, :number, :region, :category, :status, NULL, :createdAt, NULL, 0)""")
                .param("id", s.id()).param("ticketId", s.ticketId()).param("number", s.ticketNumber())
                .param("region", s.region()).param("category", s.categoryCode()).param("status", s.status().name())
                .param("createdAt", Timestamp.from(s.createdAt())).update();
        for (Candidate c : s.candidates()) {
            jdbc.sql("""
                    INSERT INTO duplicate_candidate (suggestion_id, ticket_id, ticket_number, region, received_at,
                                                     distance_metres, same_address)
                    VALUES (:id, :ticketId, :number, :region, :receivedAt, :distance, :sameAddress)""")
                    .param("id", s.id()).param("ticketId", c.ticketId()).param("number", c.ticketNumber())
                    .param("region", c.region()).param("receivedAt", Timestamp.from(c.receivedAt()))
                    .param("distance", c.distanceMetres()).param("sameAddress", c.sameAddress()).update();
        }
        appendHistory(s);
    }

    public void update(DuplicateSuggestion s) {
        int updated = jdbc.sql("""
                UPDATE duplicate_suggestion SET status = :status, duplicate_of = :duplicateOf, decided_at = :decidedAt,
                       row_version = row_version + 1
                WHERE id = :id AND row_version = :version""")
                .param("status", s.status().name()).param("duplicateOf", s.duplicateOf())
                .param("decidedAt", s.decidedAt() == null ? null : Timestamp.from(s.decidedAt()))
                .param("id", s.id()).param("version", s.rowVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("duplicate suggestion " + s.id() + " was changed concurrently");
        }
        appendHistory(s);
    }

    /** The master a ticket was confirmed a duplicate of (a ticket has at most one suggestion: uk_..._ticket). */
    public Optional<String> confirmedMasterOf(String ticketId) {
        return jdbc.sql("SELECT duplicate_of FROM duplicate_suggestion WHERE ticket_id = :ticketId AND status = 'CONFIRMED'")
                .param("ticketId", ticketId).query(String.class).optional();
    }

    public Optional<DuplicateSuggestion> find(String id) {
        return jdbc.sql("SELECT * FROM duplicate_suggestion WHERE id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<DuplicateSuggestion> findForUpdate(String id) {
        return jdbc.sql("SELECT * FROM duplicate_suggestion WHERE id = :id FOR UPDATE").param("id", id).query(this::map)
                .optional();
    }

    /** The suggestions of the tickets located in {@code scope}, newest first, optionally of one status. */
    public Page<DuplicateSuggestion> list(Scope scope, SuggestionStatus status, int page, int size) {
        Scope.SqlCondition located = scope.where("s.region", "NULL");
        List<String> where = new ArrayList<>(List.of(located.sql()));
        Map<String, Object> params = new HashMap<>(located.params());
        if (status != null) {
            where.add("s.status = :status");
            params.put("status", status.name());
        }
        String clause = " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM duplicate_suggestion s" + clause).params(params).query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<DuplicateSuggestion> content = jdbc.sql("SELECT s.* FROM duplicate_suggestion s" + clause
                + " ORDER BY s.created_at DESC, s.id LIMIT :limit OFFSET :offset").params(params).query(this::map).list();
        return new Page<>(content, page, size, total);
    }

    public List<SuggestionHistoryEntry> history(String id) {
        return jdbc.sql("SELECT * FROM duplicate_suggestion_history WHERE suggestion_id = :id ORDER BY seq")
                .param("id", id)
                .query((rs, n) -> new SuggestionHistoryEntry(SuggestionAction.valueOf(rs.getString("action")),
                        rs.getString("actor_id"), rs.getString("actor_role"),
                        rs.getString("from_status") == null ? null : SuggestionStatus.valueOf(rs.getString("from_status")),
                        SuggestionStatus.valueOf(rs.getString("to_status")), rs.getTimestamp("at").toInstant(),
                        rs.getString("note")))
                .list();
    }

    /** Append-only: history rows are inserted, never updated or deleted. */
    private void appendHistory(DuplicateSuggestion s) {
        for (SuggestionHistoryEntry e : s.newHistory()) {
            jdbc.sql("""
                    INSERT INTO duplicate_suggestion_history (suggestion_id, action, actor_id, actor_role, from_status,
                                                              to_status, at, note)
                    VALUES (:id, :action, :actorId, :actorRole, :from, :to, :at, :note)""")
                    .param("id", s.id()).param("action", e.action().name()).param("actorId", e.actorId())
                    .param("actorRole", e.actorRole()).param("from", e.from() == null ? null : e.from().name())
                    .param("to", e.to().name()).param("at", Timestamp.from(e.at()))
                    .param("note", e.note() == null || e.note().length() <= 1000 ? e.note() : e.note().substring(0, 1000))
                    .update();
        }
    }

    private DuplicateSuggestion map(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        List<Candidate> candidates = jdbc.sql("""
                SELECT * FROM duplicate_candidate WHERE suggestion_id = :id ORDER BY distance_metres IS NULL,
                       distance_metres, received_at DESC""").param("id", id)
                .query((c, n) -> new Candidate(c.getString("ticket_id"), c.getString("ticket_number"),
                        c.getString("region"), c.getTimestamp("received_at").toInstant(),
                        c.getObject("distance_metres", Integer.class), c.getBoolean("same_address")))
                .list();
        Timestamp decided = rs.getTimestamp("decided_at");
        return DuplicateSuggestion.restore(id, rs.getString("ticket_id"), rs.getString("ticket_number"),
                rs.getString("region"), rs.getString("category_code"), candidates,
                rs.getTimestamp("created_at").toInstant(), SuggestionStatus.valueOf(rs.getString("status")),
                rs.getString("duplicate_of"), decided == null ? null : decided.toInstant(), rs.getLong("row_version"));
    }
}
