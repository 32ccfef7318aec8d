package org.example.gov.evaluation.rectification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for item-catalog-service's GET /api/calendar/due-date. For the dates the tests use it answers as the
 * official 2025 calendar does (National Day 10-01..10-08 off, 09-28 and 10-11 make-up workdays); otherwise it counts
 * Monday-Friday.
 */
public final class CalendarStub implements AutoCloseable {

    static final Map<String, String> OFFICIAL = Map.of("2025-09-26/5", "2025-10-10");

    private final HttpServer server;
    private static volatile boolean down;

    private CalendarStub(HttpServer server) {
        this.server = server;
    }

    public static CalendarStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/calendar/due-date", CalendarStub::answer);
            server.start();
            return new CalendarStub(server);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Simulates an outage of item-catalog-service: every request answers 503 until {@code down(false)}. */
    public void down(boolean isDown) {
        down = isDown;
    }

    private static void answer(HttpExchange exchange) throws IOException {
        if (down) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        Map<String, String> query = parse(exchange.getRequestURI());
        LocalDate from = LocalDate.parse(query.get("from"));
        int days = Integer.parseInt(query.get("workingDays"));
        String due = OFFICIAL.getOrDefault(from + "/" + days, weekdays(from, days).toString());
        byte[] body = ("{\"from\":\"" + from + "\",\"workingDays\":" + days + ",\"dueDate\":\"" + due + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static LocalDate weekdays(LocalDate from, int days) {
        LocalDate d = from;
        for (int n = 0; n < days;) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return d;
    }

    private static Map<String, String> parse(URI uri) {
        java.util.HashMap<String, String> params = new java.util.HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
