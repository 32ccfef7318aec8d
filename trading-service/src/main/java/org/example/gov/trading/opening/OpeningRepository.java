package org.example.gov.trading.opening;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.example.gov.trading.client.BidDocument;
import org.example.gov.trading.tender.LotId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Openings, their bids' results and their objections (V11). */
@Repository
public class OpeningRepository {

    private final JdbcClient jdbc;

    public OpeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Opening o) {
        jdbc.sql("""
                INSERT INTO lot_opening (lot_id, project_id, stage, bid_count, deadline, deadline_passed_at, window_ends_at,
                                         published_at)
                VALUES (:lot, :project, :stage, :count, :deadline, :passedAt, :windowEndsAt, NULL)""")
                .param("lot", o.lotId()).param("project", o.projectId()).param("stage", o.stage().name())
                .param("count", o.bidCount()).param("deadline", ts(o.deadline()))
                .param("passedAt", ts(o.deadlinePassedAt())).param("windowEndsAt", ts(o.windowEndsAt())).update();
    }

    public void update(Opening o) {
        jdbc.sql("UPDATE lot_opening SET stage = :stage, published_at = :publishedAt WHERE lot_id = :lot")
                .param("lot", o.lotId()).param("stage", o.stage().name()).param("publishedAt", ts(o.publishedAt()))
                .update();
    }

    public Optional<Opening> find(LotId lot) {
        return jdbc.sql("SELECT * FROM lot_opening WHERE lot_id = :lot").param("lot", lot.toString())
                .query((rs, n) -> opening(rs)).optional();
    }

    /** The opening locked for this transaction (decryptions of one lot are recorded one after another). */
    public Optional<Opening> lock(LotId lot) {
        return jdbc.sql("SELECT * FROM lot_opening WHERE lot_id = :lot FOR UPDATE").param("lot", lot.toString())
                .query((rs, n) -> opening(rs)).optional();
    }

    /** The opening locked, or empty when another replica's job holds it. */
    public Optional<Opening> claim(LotId lot) {
        return jdbc.sql("SELECT * FROM lot_opening WHERE lot_id = :lot FOR UPDATE SKIP LOCKED")
                .param("lot", lot.toString()).query((rs, n) -> opening(rs)).optional();
    }

    /** Lots whose decryption window has ended and whose record is not yet published. */
    public List<LotId> windowsEnded(Instant now, int limit) {
        return jdbc.sql("""
                SELECT lot_id FROM lot_opening WHERE stage = 'DECRYPTING' AND window_ends_at <= :now
                ORDER BY window_ends_at LIMIT :limit""").param("now", ts(now)).param("limit", limit)
                .query(String.class).list().stream().map(LotId::of).toList();
    }

    public void insert(BidDecryption b) {
        jdbc.sql("""
                INSERT INTO bid_decryption (bid_id, lot_id, bidder, result) VALUES (:bid, :lot, :bidder, :result)""")
                .param("bid", b.bidId()).param("lot", b.lotId()).param("bidder", b.bidder())
                .param("result", b.result().name()).update();
    }

    public void update(BidDecryption b) {
        jdbc.sql("""
                UPDATE bid_decryption SET result = :result, reason = :reason, reason_text = :text, recorded_by = :by,
                       total = :total, schedule = :schedule, decided_at = :at
                WHERE bid_id = :bid""")
                .param("bid", b.bidId()).param("result", b.result().name()).param("reason", b.reason())
                .param("text", b.reasonText()).param("by", b.recordedBy()).param("total", b.total())
                .param("schedule", b.schedule().isEmpty() ? null : schedule(b.schedule()))
                .param("at", ts(b.decidedAt())).update();
    }

    public List<BidDecryption> bids(LotId lot) {
        return jdbc.sql("SELECT * FROM bid_decryption WHERE lot_id = :lot ORDER BY bid_id").param("lot", lot.toString())
                .query((rs, n) -> decryption(rs)).list();
    }

    public void insert(OpeningObjection o) {
        jdbc.sql("""
                INSERT INTO opening_objection (id, lot_id, bidder, text, filed_at) VALUES (:id, :lot, :bidder, :text, :at)""")
                .param("id", o.id()).param("lot", o.lotId()).param("bidder", o.bidder()).param("text", o.text())
                .param("at", ts(o.filedAt())).update();
    }

    public void update(OpeningObjection o) {
        jdbc.sql("UPDATE opening_objection SET answer = :answer, answered_by = :by, answered_at = :at WHERE id = :id")
                .param("id", o.id()).param("answer", o.answer()).param("by", o.answeredBy())
                .param("at", ts(o.answeredAt())).update();
    }

    public List<OpeningObjection> objections(LotId lot) {
        return jdbc.sql("SELECT * FROM opening_objection WHERE lot_id = :lot ORDER BY filed_at, id")
                .param("lot", lot.toString()).query((rs, n) -> new OpeningObjection(rs.getString("id"),
                        rs.getString("lot_id"), rs.getString("bidder"), rs.getString("text"), instant(rs, "filed_at"),
                        rs.getString("answer"), rs.getString("answered_by"), instant(rs, "answered_at"))).list();
    }

    private static Opening opening(ResultSet rs) throws SQLException {
        return new Opening(rs.getString("lot_id"), rs.getString("project_id"), OpeningStage.valueOf(rs.getString("stage")),
                rs.getInt("bid_count"), instant(rs, "deadline"), instant(rs, "deadline_passed_at"),
                instant(rs, "window_ends_at"), instant(rs, "published_at"));
    }

    private static BidDecryption decryption(ResultSet rs) throws SQLException {
        return new BidDecryption(rs.getString("bid_id"), rs.getString("lot_id"), rs.getString("bidder"),
                DecryptionResult.valueOf(rs.getString("result")), rs.getString("reason"), rs.getString("reason_text"),
                rs.getString("recorded_by"), rs.getBigDecimal("total"), parseSchedule(rs.getString("schedule")),
                instant(rs, "decided_at"));
    }

    /** "item\tamount" per line: the schedule's items are free text without tabs or line breaks (the client's rule). */
    private static String schedule(List<BidDocument.Item> items) {
        StringBuilder s = new StringBuilder();
        items.forEach(i -> s.append(i.item().replaceAll("[\t\n]", " ")).append('\t').append(i.amount().toPlainString())
                .append('\n'));
        return s.toString();
    }

    private static List<BidDocument.Item> parseSchedule(String text) {
        List<BidDocument.Item> items = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    String[] p = line.split("\t", 2);
                    items.add(new BidDocument.Item(p[0], new BigDecimal(p[1])));
                }
            }
        }
        return items;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
