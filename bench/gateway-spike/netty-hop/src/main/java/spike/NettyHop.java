package spike;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;

/**
 * The floor of any gateway built on Reactor Netty, the HTTP server and client under Spring Cloud Gateway: a plain hop
 * that forwards method, path, headers and body of the two benchmarked paths to the service over pooled keep-alive
 * connections, and the answer back. No routing framework, no security, no metrics, no tracing: it measures what the
 * hop itself costs on this machine, against which every other line of bench/gateway-spike.sh can be read.
 */
public class NettyHop {

    public static void main(String[] args) {
        String catalog = System.getenv().getOrDefault("CATALOG_URL", "http://127.0.0.1:8101");
        String cases = System.getenv().getOrDefault("CASE_URL", "http://127.0.0.1:8102");
        HttpClient client = HttpClient.create(ConnectionProvider.create("hop", 500));
        DisposableServer server = HttpServer.create().port(8098)
                .handle((request, response) -> client.request(request.method())
                        .uri((request.uri().startsWith("/api/cases") ? cases : catalog) + request.uri())
                        .send((out, outbound) -> {
                            out.requestHeaders().add(hopByHopRemoved(request.requestHeaders().copy()));
                            return outbound.send(request.receive().retain());
                        })
                        .response((in, body) -> response.status(in.status())
                                .headers(hopByHopRemoved(in.responseHeaders().copy()))
                                .send(body.retain()))
                        .then())
                .bindNow();
        server.onDispose().block();
    }

    /** Headers that describe one connection, not the message (RFC 9110 section 7.6.1), plus Host: the client writes the
     * service's. */
    static HttpHeaders hopByHopRemoved(HttpHeaders headers) {
        for (CharSequence name : new CharSequence[] {HttpHeaderNames.HOST, HttpHeaderNames.CONNECTION,
                HttpHeaderNames.KEEP_ALIVE, HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderNames.TE,
                HttpHeaderNames.TRAILER, HttpHeaderNames.UPGRADE, HttpHeaderNames.PROXY_AUTHORIZATION}) {
            headers.remove(name);
        }
        return headers;
    }
}
