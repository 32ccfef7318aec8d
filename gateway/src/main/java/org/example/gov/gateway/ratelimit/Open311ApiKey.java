package org.example.gov.gateway.ratelimit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The api_key of an Open311 call (GeoReport v2 sends it as a query parameter, or as a form field of the POST), as
 * the quota's key: only its SHA-256 leaves this class, so the key is neither stored by the limiter nor written to any
 * log. Reading a form body consumes it, so the exchange handed on carries the same bytes again.
 */
final class Open311ApiKey {

    /** What was found (null: no api_key) and the exchange to continue with. */
    record Read(String keySha256, ServerWebExchange exchange) {
    }

    private Open311ApiKey() {
    }

    /** A body above {@code maxBodyBytes} fails with DataBufferLimitException (413). */
    static Mono<Read> read(ServerWebExchange exchange, long maxBodyBytes) {
        ServerHttpRequest request = exchange.getRequest();
        String fromQuery = request.getQueryParams().getFirst("api_key");
        MediaType type = request.getHeaders().getContentType();
        if (fromQuery != null || request.getMethod() != HttpMethod.POST || type == null
                || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return Mono.just(new Read(hash(fromQuery), exchange));
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE, maxBodyBytes))
                .map(buffer -> {
                    try {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty(new byte[0])
                .map(body -> new Read(hash(formField(body, "api_key")),
                        exchange.mutate().request(withBody(exchange, body)).build()));
    }

    static String formField(byte[] body, String name) {
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException malformed) {
                // not a field the limiter can read; the service answers the malformed form
            }
        }
        return null;
    }

    private static String hash(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(apiKey.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServerHttpRequest withBody(ServerWebExchange exchange, byte[] body) {
        return new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.length == 0 ? Flux.empty()
                        : Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }
}
