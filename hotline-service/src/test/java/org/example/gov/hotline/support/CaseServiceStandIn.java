package org.example.gov.hotline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for case-service's GET /api/cases/references/{caseNumber} over real HTTP: known numbers answer their facts
 * (as JSON), unknown ones 404, and while "down" every call answers 503. Records the Authorization header of each call.
 */
public final class CaseServiceStandIn {

    private final HttpServer server;
    private final Map<String, String> cases = new ConcurrentHashMap<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private CaseServiceStandIn(HttpServer server) {
        this.server = server;
    }

    public static CaseServiceStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            CaseServiceStandIn standIn = new CaseServiceStandIn(server);
            server.createContext("/api/cases/references/", exchange -> {
                String number = exchange.getRequestURI().getPath().substring("/api/cases/references/".length());
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                standIn.authorizations.add(auth == null ? "" : auth);
                String body = standIn.cases.get(number);
                int status = standIn.down ? 503 : body == null ? 404 : 200;
                byte[] bytes = (status == 200 ? body : "{\"code\":\"CASE_NOT_FOUND\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type",
                        status == 200 ? "application/json" : "application/problem+json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A case of 市市场监督管理局 (440300); {@code viewerIsApplicant} as case-service would answer for the asker. */
    public void add(String caseNumber, String caseId, boolean viewerIsApplicant) {
        cases.put(caseNumber, """
                {"caseId":"%s","caseNumber":"%s","status":"CLOSED","itemCode":"11440300MB2C93676R-XK-001",
                 "itemName":"食品经营许可证核发","department":"市市场监督管理局","region":"440300","viewerIsApplicant":%s}"""
                .formatted(caseId, caseNumber, viewerIsApplicant));
    }

    public void down(boolean down) {
        this.down = down;
    }

    public List<String> authorizations() {
        return authorizations;
    }
}
