package org.example.gov.cases.casefile.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for item-catalog-service's public item endpoint, speaking its published JSON. Ids steer the
 * behaviour: {@code missing} → 404, {@code draft} → an unpublished item, {@code slow} → answers after 5 s,
 * anything else → a published 承诺件 with 5 promised days. (The real service is exercised end to end.)
 */
final class CatalogStub implements AutoCloseable {

    private final HttpServer server;

    CatalogStub() throws IOException {
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
            byte[] body = """
                    {"id":"%s","code":"XK-440300-SCJG-0001","name":"食品经营许可证核发","department":"市市场监督管理局",
                     "region":"440300","kind":"PROMISED","legalDays":20,"promisedDays":5,"status":"%s","version":3,
                     "effectiveDate":"2025-09-01","publishedAt":"2025-08-30T01:00:00Z","allowedActions":[]}"""
                    .formatted(id, status).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
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
