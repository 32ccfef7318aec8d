package org.example.gov.cases.partner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.example.gov.cases.partner.config.CallbackProperties;
import org.springframework.stereotype.Component;

/**
 * POSTs one signed callback to a partner and reports what came back. Never throws for the partner's failures: a
 * refused connection, a timeout or a 500 are all just an unacknowledged attempt.
 */
@Component
public class CallbackClient {

    private final HttpClient http;
    private final CallbackProperties properties;

    public CallbackClient(CallbackProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The partner's HTTP status, or the reason there was none. */
    public record Outcome(Integer httpStatus, String error) {
    }

    /** One attempt: its own timestamp and nonce, signed with the partner's callback secret named by {@code keyId}. */
    public Outcome post(String url, String keyId, String secret, long epochSeconds, String callbackId, String body) {
        try {
            String nonce = CallbackSigner.newNonce();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Partner-Callback-Id", callbackId)
                    .header(CallbackSigner.KEY_ID_HEADER, keyId)
                    .header(CallbackSigner.TIMESTAMP_HEADER, Long.toString(epochSeconds))
                    .header(CallbackSigner.NONCE_HEADER, nonce)
                    .header(CallbackSigner.SIGNATURE_HEADER, CallbackSigner.sign(secret, epochSeconds, nonce, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }
}
