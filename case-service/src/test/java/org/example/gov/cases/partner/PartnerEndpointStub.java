package org.example.gov.cases.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner city's callback endpoint: records every request (headers, exact body) and answers 500 to the next
 * {@link #failNext(int, String)} requests whose body contains a marker (other tests' callbacks arrive here too),
 * 200 to everything else.
 */
public final class PartnerEndpointStub implements AutoCloseable {

    public record Received(String keyId, String timestamp, String nonce, String signature, String callbackId, String body,
            int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile String marker = "";

    public PartnerEndpointStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/callbacks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean marked = !marker.isEmpty() && body.contains(marker);
            int status = marked && failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Partner-Key-Id"),
                    exchange.getRequestHeaders().getFirst("X-Partner-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Partner-Nonce"),
                    exchange.getRequestHeaders().getFirst("X-Partner-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Partner-Callback-Id"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public void failNext(int requests, String bodyMarker) {
        marker = bodyMarker;
        failures.set(requests);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callbacks";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
