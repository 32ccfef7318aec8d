package org.example.gov.evaluation.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.YearSchedule;

/**
 * Stands in for item-catalog-service's calendar API as the calendar replica reads it (the years list, each year's
 * holiday-cn document, every region's closed days): the official years bundled with working-calendar, plus whatever
 * a test adds (a fixture year, a closed day) until {@link #reset}; {@link #down} makes it answer 503. Never a
 * hand-made calendar of its own. One per JVM ({@link #shared}), so the test contexts that use it are cached as one.
 */
public final class CatalogCalendarStandIn {

    private static final CatalogCalendarStandIn SHARED = new CatalogCalendarStandIn();

    private final HttpServer server;
    private final List<YearSchedule> years = new CopyOnWriteArrayList<>();
    private final List<ClosedDay> closedDays = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private CatalogCalendarStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/calendar/years", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/calendar/years")) {
                send(exchange, "{\"years\":[" + years.stream().map(y -> "{\"year\":" + y.year() + "}")
                        .collect(Collectors.joining(",")) + "]}");
            } else {
                int year = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
                send(exchange, OfficialSchedules.write(years.stream().filter(y -> y.year() == year).findFirst().orElseThrow()));
            }
        });
        server.createContext("/api/calendar/closed-days", exchange -> send(exchange, "[" + closedDays.stream()
                .map(d -> "{\"region\":\"%s\",\"date\":\"%s\",\"reason\":\"%s\"}".formatted(d.region(), d.date(), d.reason()))
                .collect(Collectors.joining(",")) + "]"));
        reset();
        server.start();
    }

    public static CatalogCalendarStandIn shared() {
        return SHARED;
    }

    /** Back to the official bundled years, no closed days, answering. */
    public void reset() {
        years.clear();
        years.addAll(OfficialSchedules.bundled());
        closedDays.clear();
        down = false;
    }

    public void add(YearSchedule year) {
        years.add(year);
    }

    public void close(ClosedDay day) {
        closedDays.add(day);
    }

    /** Simulates an outage of item-catalog-service: every request answers 503 until {@code down(false)}. */
    public void down(boolean isDown) {
        this.down = isDown;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void send(HttpExchange exchange, String json) throws IOException {
        if (down) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
