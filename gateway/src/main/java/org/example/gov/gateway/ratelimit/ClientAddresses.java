package org.example.gov.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address an anonymous call counts against. Behind N trusted reverse proxies (the ingress) it is the N-th entry
 * of X-Forwarded-For from the right, the one the outermost trusted proxy saw; entries further left are written by the
 * client and could be anything. With no trusted proxy, the header is ignored and the socket's peer is used.
 */
public final class ClientAddresses {

    private final RemoteAddressResolver resolver;

    public ClientAddresses(int trustedProxies) {
        this.resolver = trustedProxies > 0
                ? XForwardedRemoteAddressResolver.maxTrustedIndex(trustedProxies)
                : new RemoteAddressResolver() { };
    }

    public String of(ServerWebExchange exchange) {
        InetSocketAddress address = resolver.resolve(exchange);
        if (address == null) {
            return "unknown";
        }
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
