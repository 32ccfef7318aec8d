package org.example.gov.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.YearSchedule;

/**
 * Stands in for item-catalog-service's calendar API as a service's calendar replica reads it (the years list, each
 * year's holiday-cn document, every region's closed days): the official years bundled with working-calendar, plus
 * what a test adds (a fixture year, a closed day) until {@link #reset}; {@link #down} makes it answer 503. Never a
 * hand-made calendar of its own. On a server of its own ({@link #start}) or beside other stubbed endpoints on a
 * test's server ({@link #mountOn}).
 */
public final class CatalogCalendarStandIn implements AutoCloseable {

    private final HttpServer server;
    private final boolean ownServer;
    private final List<YearSchedule> years = new CopyOnWriteArrayList<>();
    private final List<ClosedDay> closedDays = new CopyOnWriteArrayList<>();
    private final AtomicLong yearListRequests = new AtomicLong();
    private volatile boolean down;

    private CatalogCalendarStandIn(HttpServer server, boolean ownServer) {
        this.server = server;
        this.ownServer = ownServer;
        server.createContext("/api/calendar/years", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/calendar/years")) {
                yearListRequests.incrementAndGet();
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
    }

    /** On a loopback server of its own, on a free port. */
    public static CatalogCalendarStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            CatalogCalendarStandIn standIn = new CatalogCalendarStandIn(server, true);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calendar endpoints on a test's own stub server (which the test starts and stops). */
    public static CatalogCalendarStandIn mountOn(HttpServer server) {
        return new CatalogCalendarStandIn(server, false);
    }

    /** Back to the official bundled years, no closed days, answering. */
    public void reset() {
        years.clear();
        years.addAll(OfficialSchedules.bundled());
        closedDays.clear();
        down = false;
    }

    /** The calendar serves this year too (a test fixture for a year the official files do not have). */
    public void add(YearSchedule year) {
        years.add(year);
    }

    /** A hall's closed day (闭厅) of a region, as GET /api/calendar/closed-days lists it. */
    public void close(ClosedDay day) {
        closedDays.add(day);
    }

    /** Simulates an outage of item-catalog-service: every calendar request answers 503 until {@code down(false)}. */
    public void down(boolean isDown) {
        this.down = isDown;
    }

    /** How many times the years list was asked for (each replica fetch starts with it). */
    public long requests() {
        return yearListRequests.get();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (ownServer) {
            server.stop(0);
        }
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
