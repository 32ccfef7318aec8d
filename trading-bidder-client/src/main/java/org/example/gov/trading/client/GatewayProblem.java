package org.example.gov.trading.client;

/**
 * A refusal from the platform, read from its Problem Details answer (RFC 9457 with the platform's stable {@code code}
 * and {@code traceId}), or the status alone when the answer was not a problem document.
 */
public final class GatewayProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final String traceId;

    public GatewayProblem(int status, String code, String title, String detail, String traceId) {
        super("HTTP " + status + (code == null ? "" : " " + code) + (title == null ? "" : ": " + title)
                + (detail == null ? "" : " - " + detail) + (traceId == null ? "" : " (trace " + traceId + ")"));
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.traceId = traceId;
    }

    static GatewayProblem from(int status, byte[] body) {
        var problem = body == null ? null : Json.object(body);
        if (problem == null) {
            return new GatewayProblem(status, null, null, null, null);
        }
        return new GatewayProblem(status, Json.text(problem, "code"), Json.text(problem, "title"),
                Json.text(problem, "detail"), Json.text(problem, "traceId"));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String traceId() {
        return traceId;
    }
}
