package org.example.gov.hotline.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tickets written straight into the table with bulk INSERTs, for the figures that read the table (hotspots, monthly
 * statistics) and their benchmarks: hundreds of thousands of rows in seconds, which intake through the API could not
 * give. The details JSON carries what the generated columns read (direct answer, replies, call-backs).
 */
public final class TicketRows {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private TicketRows() {
    }

    /** One ticket row; the builder methods return changed copies. */
    public record Row(String type, String channel, String categoryCode, String region, String status,
            Instant receivedAt, Instant dispatchedAt, Instant dueAt, Instant closedAt, int returnCount, int redoCount,
            String leadRegion, String leadDepartment, boolean directAnswer, int replies, List<String> callBacks) {

        public static Row of(String categoryCode, String region, Instant receivedAt) {
            return new Row("COMPLAINT", "PHONE", categoryCode, region, "RECEIVED", receivedAt, null, null, null, 0, 0,
                    null, null, false, 0, List.of());
        }

        public Row type(String t, String c) {
            return new Row(t, c, categoryCode, region, status, receivedAt, dispatchedAt, dueAt, closedAt, returnCount,
                    redoCount, leadRegion, leadDepartment, directAnswer, replies, callBacks);
        }

        public Row directlyAnswered(Instant at) {
            return new Row(type, channel, categoryCode, region, "CLOSED", receivedAt, null, null, at, returnCount,
                    redoCount, leadRegion, leadDepartment, true, replies, callBacks);
        }

        public Row dispatched(String leadRegion, String leadDepartment, Instant at, Instant due) {
            return new Row(type, channel, categoryCode, region, "DISPATCHED", receivedAt, at, due, closedAt,
                    returnCount, redoCount, leadRegion, leadDepartment, directAnswer, replies, callBacks);
        }

        /** Replied, called back with these results in order, and closed at {@code at} when the status says so. */
        public Row handled(String status, Instant closed, int replyCount, List<String> results, int returns, int redo) {
            return new Row(type, channel, categoryCode, region, status, receivedAt, dispatchedAt, dueAt, closed, returns,
                    redo, leadRegion, leadDepartment, directAnswer, replyCount, results);
        }
    }

    /** Inserts the rows, 1,000 per statement. */
    public static void insert(JdbcClient jdbc, List<Row> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            List<String> values = new ArrayList<>(chunk.size());
            for (Row r : chunk) {
                long n = SEQUENCE.incrementAndGet();
                values.add("('" + UUID.randomUUID() + "', 'TR" + n + "', '" + r.channel() + "', '" + r.type() + "', '"
                        + r.categoryCode() + "', '" + r.region() + "', '测试地址 " + n + "', 'NORMAL', '批量测试', "
                        + "'v1:test:x', '" + String.format("%064d", n) + "', FALSE, '" + r.status() + "', "
                        + ts(r.receivedAt()) + ", " + ts(r.dispatchedAt()) + ", " + ts(r.dueAt()) + ", "
                        + ts(r.closedAt()) + ", " + r.returnCount() + ", " + r.redoCount() + ", "
                        + str(r.leadRegion()) + ", " + str(r.leadDepartment()) + ", '" + details(r) + "')");
            }
            jdbc.sql("""
                    INSERT INTO ticket (id, ticket_number, channel, type, category_code, region, address, urgency,
                                        description, caller_phone, caller_phone_index, confidential, status, received_at,
                                        dispatched_at, due_at, closed_at, return_count, redo_count, lead_region,
                                        lead_department, details) VALUES """ + String.join(",\n", values)).update();
        }
    }

    private static String details(Row r) {
        String direct = r.directAnswer() ? "{\"articleId\":\"a\",\"articleVersion\":1}" : "null";
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < r.replies(); i++) {
            replies.add("{\"text\":\"已处理\"}");
        }
        List<String> callBacks = r.callBacks().stream().map(c -> "{\"result\":\"" + c + "\"}").toList();
        return "{\"attachments\":[],\"emergencyHandoff\":null,\"directAnswer\":" + direct + ",\"assisting\":[],"
                + "\"returns\":[],\"replies\":[" + String.join(",", replies) + "],\"callBacks\":["
                + String.join(",", callBacks) + "]}";
    }

    private static String ts(Instant at) {
        return at == null ? "NULL" : "'" + at.toString().replace("T", " ").replace("Z", "") + "'";
    }

    private static String str(String s) {
        return s == null ? "NULL" : "'" + s + "'";
    }
}
