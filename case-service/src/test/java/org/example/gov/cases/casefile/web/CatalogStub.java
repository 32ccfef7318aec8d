package org.example.gov.cases.casefile.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.YearSchedule;
import org.example.gov.testsupport.CatalogCalendarStandIn;

/**
 * Stands in for item-catalog-service's public item and calendar endpoints, speaking their published JSON. Ids steer
 * the item answer: {@code missing} → 404, {@code malformed…} → 400 (as the catalogue answers an id that is not a
 * UUID), {@code draft} → an unpublished item, {@code slow} → answers after 5 s, {@code instant…} → a 即办件, {@code noext…} → a 承诺件 that allows no extension, an id made by {@link #item} → a
 * 承诺件 of that region and promised days, anything else → a published 行政许可 承诺件 of 440300 with 5 promised days
 * and up to 10 days of extension. The calendar endpoints are test-support's {@link CatalogCalendarStandIn}: the
 * official years plus what a test adds ({@link #addYear}, {@link #closeDay}); {@link #resetCalendar} goes back.
 * (The real service is exercised end to end.)
 */
public final class CatalogStub implements AutoCloseable {

    private final HttpServer server;
    private final CatalogCalendarStandIn calendar;
    private final Map<String, ItemSpec> items = new ConcurrentHashMap<>();

    private record ItemSpec(String code, String region, String department, int promisedDays) {
    }

    public CatalogStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/catalog/items/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/api/catalog/items/".length());
            if (id.equals("slow")) {
                sleep(5000);
            }
            if (id.equals("missing")) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if (id.startsWith("malformed")) { // the real catalogue answers 400 for an id that is not a UUID
                byte[] problem = "{\"status\":400,\"code\":\"MALFORMED_REQUEST\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(400, problem.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(problem);
                }
                return;
            }
            String status = id.equals("draft") ? "DRAFT" : "PUBLISHED";
            boolean instant = id.startsWith("instant");
            ItemSpec spec = items.getOrDefault(id, new ItemSpec("XK-440300-SCJG-0001", "440300", "市市场监督管理局", 5));
            String body = """
                    {"id":"%s","code":"%s","name":"%s","department":"%s",
                     "region":"%s","kind":"%s","itemType":"LICENSING","legalDays":20,"promisedDays":%s,"status":"%s",
                     "version":3,"effectiveDate":"2025-09-01","publishedAt":"2025-08-30T01:00:00Z","allowedActions":[],
                     "guide":{"extensionAllowed":%s,"extensionMaxDays":10}}"""
                    .formatted(id, instant ? "GG-440300-SCJG-0002" : spec.code(),
                            instant ? "营业执照遗失补领" : "食品经营许可证核发", spec.department(), spec.region(), instant ? "INSTANT" : "PROMISED",
                            instant ? "null" : String.valueOf(spec.promisedDays()), status, !id.startsWith("noext"));
            send(exchange, body);
        });
        calendar = CatalogCalendarStandIn.mountOn(server);
        server.start();
    }

    /**
     * A new published 承诺件 of {@code region} with {@code promisedDays}; returns its id (a UUID). Its code is
     * {@link #code(String) its own}, so a work list can be filtered to it.
     */
    public String item(String region, int promisedDays) {
        return item(region, "市市场监督管理局", promisedDays);
    }

    /** The same, of another department of the region (same short names recur in every city). */
    public String item(String region, String department, int promisedDays) {
        String id = UUID.randomUUID().toString();
        items.put(id, new ItemSpec("XK-" + region + "-" + id.substring(0, 8), region, department, promisedDays));
        return id;
    }

    /** The implementation code of an item made by {@link #item}. */
    public String code(String itemId) {
        return items.get(itemId).code();
    }

    /** The calendar serves this year too (e.g. a test fixture for a year the official files do not have yet). */
    public void addYear(YearSchedule year) {
        calendar.add(year);
    }

    /** A hall's closed day (闭厅) of a region, as GET /api/calendar/closed-days lists it. */
    public void closeDay(ClosedDay day) {
        calendar.close(day);
    }

    /** Back to the official bundled years and no closed days. */
    public void resetCalendar() {
        calendar.reset();
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Serves a fixed JSON answer on {@code path} (and below it), for tests that need more of the catalogue. */
    public void route(String path, String json) {
        server.createContext(path, exchange -> send(exchange, json));
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
