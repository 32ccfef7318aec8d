package org.example.gov.trading.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP commands against a stand-in that records what the CLI sends (method, path, headers, body shape) and answers
 * as the design's bid API does. It checks the client's requests; it is not the platform.
 */
class BidderCliHttpTest {

    record Request(String method, String path, String authorization, String contentType, byte[] body, String fingerprint) {
    }

    private static final String TOKEN = "eyJ.test.token";

    @TempDir
    Path dir;

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final java.security.KeyPair platform = BidderKeys.generate();
    private final ReceiptSigner signer = new ReceiptSigner("receipt-1", platform.getPrivate());
    private final String lot = Bids.lot();
    private final String lateLot = Bids.lot();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private HttpServer server;
    private volatile SealedBid stored;
    private volatile Receipt storedReceipt;
    private String gateway;
    private Path bid;
    private Path privateKey;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        gateway = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        var keys = BidderKeys.generate();
        BidderKeys.write(keys, dir);
        privateKey = dir.resolve(BidderKeys.PRIVATE_KEY_FILE);
        bid = Files.write(dir.resolve("bid.json"), BidSealer.seal(Bids.document(lot), keys.getPublic()).toJson());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void submitVerifyDecryptOnlineWithdraw() throws Exception {
        var receiptFile = dir.resolve("receipt.json");
        assertThat(run(Map.of(), "submit", "--gateway", gateway, "--token", TOKEN, "--lot", lot, "--bid", bid.toString(),
                "--out", receiptFile.toString())).as(err()).isZero();
        var submitted = requests.getLast();
        assertThat(submitted.method()).isEqualTo("POST");
        assertThat(submitted.path()).isEqualTo("/api/trading/lots/" + lot + "/bids");
        assertThat(submitted.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(submitted.contentType()).isEqualTo("application/json");
        // the machine's fingerprint with the submission (a collusion signal), the same on every run
        assertThat(submitted.fingerprint()).isEqualTo(MachineFingerprint.local()).matches(MachineFingerprint.FORMAT);
        assertThat(EnvelopeCheck.validate(submitted.body())).isEqualTo(EnvelopeCheck.validate(Files.readAllBytes(bid)));
        assertThat(Receipt.fromJson(Files.readAllBytes(receiptFile))).isEqualTo(storedReceipt);

        assertThat(run(Map.of(), "verify-receipt", "--receipt", receiptFile.toString(), "--bid", bid.toString(), "--gateway", gateway,
                "--lot", lot)).as(err()).isZero();
        assertThat(requests.getLast().method()).isEqualTo("GET");
        assertThat(requests.getLast().path()).isEqualTo("/api/trading/receipt-keys");
        assertThat(out()).contains("receipt valid");

        // the token from the environment; the envelope fetched from the platform (no --bid)
        assertThat(run(Map.of("GOV_TOKEN", TOKEN), "decrypt-online", "--gateway", gateway, "--lot", lot, "--private-key", privateKey.toString()))
                .as(err()).isZero();
        var fetch = requests.get(requests.size() - 2);
        assertThat(fetch.method() + " " + fetch.path()).isEqualTo("GET /api/trading/lots/" + lot + "/bids/mine/envelope");
        var decryption = requests.getLast();
        assertThat(decryption.method() + " " + decryption.path()).isEqualTo("POST /api/trading/lots/" + lot + "/bids/mine/decryption");
        assertThat(decryption.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(decryption.fingerprint()).isEqualTo(submitted.fingerprint());
        assertThat(fetch.fingerprint()).as("only the steps whose origin is a signal carry it").isNull();
        var body = Json.object(decryption.body());
        assertThat(body.propertyNames()).containsExactly("key");
        assertThat(java.util.Base64.getDecoder().decode(Json.text(body, "key"))).hasSize(16);
        assertThat(out()).contains("decryption: DECRYPTED");

        assertThat(run(Map.of(), "mine", "--gateway", gateway, "--token", TOKEN, "--lot", lot)).as(err()).isZero();
        assertThat(requests.getLast().method() + " " + requests.getLast().path()).isEqualTo("GET /api/trading/lots/" + lot + "/bids/mine");
        assertThat(out()).contains(storedReceipt.ciphertextSm3());

        assertThat(run(Map.of(), "withdraw", "--gateway", gateway, "--token", TOKEN, "--lot", lot)).as(err()).isZero();
        assertThat(requests.getLast().method() + " " + requests.getLast().path()).isEqualTo("DELETE /api/trading/lots/" + lot + "/bids/mine");
        assertThat(requests).allSatisfy(r -> assertThat(r.authorization()).isEqualTo(
                r.path().equals("/api/trading/receipt-keys") ? null : "Bearer " + TOKEN));
    }

    @Test
    void aKeyThatDoesNotOpenTheBidIsReportedAsRevoked() throws Exception {
        run(Map.of(), "submit", "--gateway", gateway, "--token", TOKEN, "--lot", lot, "--bid", bid.toString(), "--out",
                dir.resolve("r.json").toString());
        var stranger = dir.resolve("stranger");
        BidderKeys.write(BidderKeys.generate(), stranger);
        // another bidder's key cannot even unwrap: nothing is sent
        int before = requests.size();
        assertThat(run(Map.of(), "decrypt-online", "--gateway", gateway, "--token", TOKEN, "--lot", lot, "--bid", bid.toString(),
                "--private-key", stranger.resolve(BidderKeys.PRIVATE_KEY_FILE).toString())).isEqualTo(1);
        assertThat(err()).contains("WRONG_PRIVATE_KEY");
        assertThat(requests).hasSize(before);

        // the platform holds a tampered ciphertext: the key is sent and the answer printed with its reason
        var ciphertext = stored.ciphertext();
        // the last byte (inside the GCM tag): a flipped first byte may turn into '{' or '%', and the envelope check
        // would refuse the body as plaintext before any key is sent (about 1 run in 100 did)
        ciphertext[ciphertext.length - 1] ^= 1;
        stored = new SealedBid(stored.iv(), ciphertext, stored.wrappedKey());
        assertThat(run(Map.of(), "decrypt-online", "--gateway", gateway, "--token", TOKEN, "--lot", lot, "--private-key",
                privateKey.toString())).isEqualTo(1);
        assertThat(out()).contains("decryption: REVOKED (CIPHERTEXT_HASH_MISMATCH)");
    }

    @Test
    void aProblemDetailsRefusalIsPrintedWithItsCode() throws Exception {
        assertThat(run(Map.of(), "submit", "--gateway", gateway, "--token", TOKEN, "--lot", lateLot, "--bid", bid.toString(), "--out",
                dir.resolve("r.json").toString())).isEqualTo(1);

        assertThat(err()).contains("HTTP 422 BID_LATE: 投标截止时间已过 - the bid deadline passed at 2026-12-04T05:00:00Z (trace abc123)");
        assertThat(dir.resolve("r.json")).doesNotExist();
    }

    @Test
    void aReceiptThePlatformDidNotSignFailsVerification() throws Exception {
        var receiptFile = dir.resolve("receipt.json");
        run(Map.of(), "submit", "--gateway", gateway, "--token", TOKEN, "--lot", lot, "--bid", bid.toString(), "--out", receiptFile.toString());
        var json = Files.readString(receiptFile).replace(storedReceipt.receivedAt(), "2026-01-01T00:00:00.000Z");
        Files.writeString(receiptFile, json);

        assertThat(run(Map.of(), "verify-receipt", "--receipt", receiptFile.toString(), "--bid", bid.toString(), "--gateway", gateway))
                .isEqualTo(1);
        assertThat(err()).contains("receipt NOT valid: BAD_SIGNATURE");
    }

    private void handle(HttpExchange exchange) throws IOException {
        var body = exchange.getRequestBody().readAllBytes();
        var path = exchange.getRequestURI().getPath();
        var method = exchange.getRequestMethod();
        requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body,
                exchange.getRequestHeaders().getFirst(MachineFingerprint.HEADER)));
        var bids = "/api/trading/lots/" + lot + "/bids";
        try {
            if (method.equals("GET") && path.equals("/api/trading/receipt-keys")) {
                answer(exchange, 200, ReceiptKey.toJson(List.of(new ReceiptKey("receipt-1", platform.getPublic()))));
            } else if (method.equals("POST") && path.equals("/api/trading/lots/" + lateLot + "/bids")) {
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                answer(exchange, 422, ("{\"type\":\"urn:gov:problem:BID_LATE\",\"title\":\"投标截止时间已过\",\"status\":422,"
                        + "\"detail\":\"the bid deadline passed at 2026-12-04T05:00:00Z\",\"code\":\"BID_LATE\",\"traceId\":\"abc123\"}")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (method.equals("POST") && path.equals(bids)) {
                stored = EnvelopeCheck.validate(body);
                storedReceipt = signer.sign("b0000000-0000-4000-8000-000000000001", lot, stored, Instant.now());
                answer(exchange, 201, storedReceipt.toJson());
            } else if (method.equals("GET") && path.equals(bids + "/mine")) {
                var mine = Json.newObject().put("bidId", storedReceipt.bidId());
                mine.set("receipt", Json.MAPPER.readTree(storedReceipt.toJson()));
                answer(exchange, 200, Json.bytes(mine));
            } else if (method.equals("GET") && path.equals(bids + "/mine/envelope")) {
                answer(exchange, 200, stored.toJson());
            } else if (method.equals("POST") && path.equals(bids + "/mine/decryption")) {
                var result = Json.newObject();
                try {
                    BidOpening.open(stored, BidOpening.decodeKey(Json.text(Json.object(body), "key")), storedReceipt, "bidder1");
                    result.put("result", "DECRYPTED");
                } catch (DecryptionFailure e) {
                    result.put("result", "REVOKED").put("reason", e.reason().name());
                }
                answer(exchange, 200, Json.bytes(result));
            } else if (method.equals("DELETE") && path.equals(bids + "/mine")) {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            } else {
                answer(exchange, 404, new byte[0]);
            }
        } catch (RuntimeException e) {
            answer(exchange, 500, new byte[0]);
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return new BidderCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env)
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
