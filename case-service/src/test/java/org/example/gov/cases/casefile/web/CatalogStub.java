package org.example.gov.cases.casefile.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import org.example.gov.cases.calendar.OfficialCalendar;

/**
 * Stands in for item-catalog-service's public item endpoint, speaking its published JSON. Ids steer the
 * behaviour: {@code missing} → 404, {@code draft} → an unpublished item, {@code slow} → answers after 5 s,
 * {@code instant…} → a 即办件, {@code noext…} → a 承诺件 that allows no extension, anything else → a published
 * 行政许可 承诺件 with 5 promised days and up to 10 days of extension. The calendar endpoints serve the official
 * schedules item-catalog-service ships. (The real service is exercised end to end.)
 */
public final class CatalogStub implements AutoCloseable {

    private final HttpServer server;

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
            String status = id.equals("draft") ? "DRAFT" : "PUBLISHED";
            boolean instant = id.startsWith("instant");
            String body = """
                    {"id":"%s","code":"%s","name":"%s","department":"市市场监督管理局",
                     "region":"440300","kind":"%s","itemType":"LICENSING","legalDays":20,"promisedDays":%s,"status":"%s",
                     "version":3,"effectiveDate":"2025-09-01","publishedAt":"2025-08-30T01:00:00Z","allowedActions":[],
                     "guide":{"extensionAllowed":%s,"extensionMaxDays":10}}"""
                    .formatted(id, instant ? "GG-440300-SCJG-0002" : "XK-440300-SCJG-0001",
                            instant ? "营业执照遗失补领" : "食品经营许可证核发", instant ? "INSTANT" : "PROMISED",
                            instant ? "null" : "5", status, !id.startsWith("noext"));
            send(exchange, body);
        });
        server.createContext("/api/calendar/years", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/calendar/years")) {
                send(exchange, "[{\"year\":2024},{\"year\":2025},{\"year\":2026}]");
            } else {
                send(exchange, OfficialCalendar.yearJson(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1))));
            }
        });
        server.start();
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
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
