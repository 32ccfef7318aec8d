package org.example.gov.trading.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The bid API of the platform, through the gateway (design: "Bid REST API"), with the bidder's bearer token. Every
 * answer outside the expected status is a {@link GatewayProblem}.
 */
public final class BidGateway {

    /** The caller's current bid on a lot. */
    public record MyBid(String bidId, Receipt receipt) {
    }

    /** The platform's answer to a submitted key: DECRYPTED, or REVOKED with the reason. */
    public record DecryptionResult(String result, String reason) {
        public boolean decrypted() {
            return "DECRYPTED".equals(result);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final String fingerprint;

    public BidGateway(URI base, String token) {
        this(base, token, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** Sends this machine's {@link MachineFingerprint} with the submission and the decryption. */
    public BidGateway(URI base, String token, HttpClient http) {
        this(base, token, http, MachineFingerprint.local());
    }

    /** @param fingerprint sent as {@value MachineFingerprint#HEADER} with the submission and the decryption; null: none */
    public BidGateway(URI base, String token, HttpClient http, String fingerprint) {
        var text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.token = token;
        this.http = http;
        this.fingerprint = fingerprint;
    }

    /** POST /api/trading/lots/{lotId}/bids: 201 with the receipt (replaces an earlier bid of the caller). */
    public Receipt submit(String lotId, SealedBid sealed) throws IOException, InterruptedException {
        return Receipt.fromJson(send(fingerprinted(request(bids(lotId))).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(sealed.toJson())), 201));
    }

    /** GET /api/trading/lots/{lotId}/bids/mine. */
    public MyBid mine(String lotId) throws IOException, InterruptedException {
        var root = Json.object(send(request(bids(lotId) + "/mine").GET(), 200));
        if (root == null || root.get("receipt") == null) {
            throw new IOException("the platform answered no { bidId, receipt }");
        }
        return new MyBid(Json.text(root, "bidId"), Receipt.fromJson(Json.bytes(root.get("receipt"))));
    }

    /** GET /api/trading/lots/{lotId}/bids/mine/envelope: the stored envelope, checked like an upload. */
    public SealedBid myEnvelope(String lotId) throws IOException, InterruptedException {
        return EnvelopeCheck.validate(send(request(bids(lotId) + "/mine/envelope").GET(), 200));
    }

    /** DELETE /api/trading/lots/{lotId}/bids/mine: 204 before the deadline. */
    public void withdraw(String lotId) throws IOException, InterruptedException {
        send(request(bids(lotId) + "/mine").DELETE(), 204);
    }

    /** POST /api/trading/lots/{lotId}/bids/mine/decryption with { "key": base64 } during the decryption window. */
    public DecryptionResult submitKey(String lotId, byte[] key) throws IOException, InterruptedException {
        var body = Json.newObject().put("key", Json.base64(key));
        var root = Json.object(send(fingerprinted(request(bids(lotId) + "/mine/decryption")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(Json.bytes(body))), 200));
        if (root == null || Json.text(root, "result") == null) {
            throw new IOException("the platform answered no decryption result");
        }
        return new DecryptionResult(Json.text(root, "result"), Json.text(root, "reason"));
    }

    /** GET /api/trading/receipt-keys: the platform's receipt public keys. */
    public List<ReceiptKey> receiptKeys() throws IOException, InterruptedException {
        return ReceiptKey.fromJson(send(request("/api/trading/receipt-keys").GET(), 200));
    }

    /** The lot id goes into the path: only a UUID does, so nothing else can be smuggled into it. */
    private static String bids(String lotId) {
        return "/api/trading/lots/" + UUID.fromString(lotId) + "/bids";
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** The steps whose origin is a collusion signal carry the machine's fingerprint (MachineFingerprint says why). */
    private HttpRequest.Builder fingerprinted(HttpRequest.Builder builder) {
        return fingerprint == null ? builder : builder.header(MachineFingerprint.HEADER, fingerprint);
    }

    private byte[] send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        var response = http.send(request.build(), BodyHandlers.ofByteArray());
        if (response.statusCode() != expected) {
            throw GatewayProblem.from(response.statusCode(), response.body());
        }
        return response.body();
    }
}
