package org.example.gov.gateway.web;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A filter that must see a request's body before it is forwarded (a partner's signature covers it; an Open311 POST
 * carries its api_key in it) reads it whole, bounded, and hands on a request that replays the same bytes: a body is a
 * stream that can be read only once.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The whole body as bytes (empty when there is none); above {@code maxBytes} it fails with DataBufferLimitException. */
    public static Mono<byte[]> read(ServerHttpRequest request, long maxBytes) {
        return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE, maxBytes))
                .map(buffer -> {
                    try {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty(new byte[0]);
    }

    /** The exchange's request with {@code body} as its body again, for the rest of the chain and the route. */
    public static ServerHttpRequest replaying(ServerWebExchange exchange, byte[] body) {
        return new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.length == 0 ? Flux.empty()
                        : Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }
}
