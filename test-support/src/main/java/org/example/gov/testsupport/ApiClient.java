package org.example.gov.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP the way a front end or partner calls the platform: a base URL, an optional bearer token,
 * raw JSON bodies. Used by service tests, the end-to-end tests and the local launcher's demo-data loader.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REQUEST_ID = "X-Request-Id";

    private final String baseUrl;
    private final boolean waitsOutRateLimits;
    /**
     * HTTP/1.1, as the gateway and the services speak on plain http: the JDK client's default (HTTP/2) would offer an
     * h2c upgrade on every new connection, which nobody here accepts, one more thing that can go wrong in a test.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    public ApiClient(String baseUrl) {
        this(baseUrl, false);
    }

    private ApiClient(String baseUrl, boolean waitsOutRateLimits) {
        this.baseUrl = baseUrl;
        this.waitsOutRateLimits = waitsOutRateLimits;
    }

    /**
     * A client that, like a well-behaved script, waits as long as a 429's {@code Retry-After} says and tries again (a
     * few times): for loading demo data through the gateway's rate limits. Tests keep the plain client, which shows
     * every 429.
     */
    public ApiClient waitingOutRateLimits() {
        return new ApiClient(baseUrl, true);
    }

    public record Response(int status, JsonNode body, String raw, Map<String, java.util.List<String>> headers,
            Duration elapsed) {

        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + raw);
            }
            return this;
        }

        public String text(String field) {
            return body.path(field).asString();
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A token for a demo user from the gateway's local-only development endpoint. */
    public String devToken(String user) {
        return post("/dev/token", null, "{\"user\":\"" + user + "\"}").expect(200).text("access_token");
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Response post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    public Response put(String path, String token, String json) {
        return send("PUT", path, token, json);
    }

    /**
     * @param headers extra headers as name, value pairs (e.g. "Accept-Language", "en"); without an X-Request-Id one is
     *        made up, a null value leaves the header out (X-Request-Id, null: a request without an id)
     */
    public Response send(String method, String path, String token, String json, String... headers) {
        Response response = sendOnce(method, path, token, json, headers);
        for (int retry = 0; waitsOutRateLimits && response.status() == 429 && retry < 5; retry++) {
            String retryAfter = response.header("Retry-After");
            pause(Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, Math.min(30, Long.parseLong(retryAfter.strip())))));
            response = sendOnce(method, path, token, json, headers);
        }
        return response;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Response sendOnce(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        // every request carries an id, so one that fails or hangs can be found in the gateway's and services' logs
        String requestId = "api-client-" + UUID.randomUUID();
        boolean ownId = true;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(REQUEST_ID)) {
                ownId = false;
                requestId = headers[i + 1];
            }
            if (headers[i + 1] != null) {
                builder.header(headers[i], headers[i + 1]);
            }
        }
        if (ownId) {
            builder.header(REQUEST_ID, requestId);
        }
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        long start = System.nanoTime();
        try {
            HttpResponse<java.io.InputStream> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String raw;
            try (java.io.InputStream body = response.body()) {
                // a server-sent event stream never ends by itself: its answer is its first event
                raw = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")
                        ? firstEvent(body) : new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Response(response.statusCode(), parse(raw), raw, response.headers().map(), elapsed);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " (X-Request-Id " + requestId + ") failed after "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The lines of an event stream up to the end of its first event (a blank line after some content). */
    private static String firstEvent(java.io.InputStream body) throws IOException {
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(body, java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder event = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() && !event.isEmpty()) {
                break;
            }
            event.append(line).append('\n');
        }
        return event.toString();
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static JsonNode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(raw);
        } catch (RuntimeException notJson) {
            return JSON.missingNode();
        }
    }
}
