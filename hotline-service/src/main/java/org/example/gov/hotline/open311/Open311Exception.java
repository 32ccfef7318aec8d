package org.example.gov.hotline.open311;

/**
 * A refusal in GeoReport v2's own terms: an HTTP status and a description, answered on Open311 paths as the
 * specification's error list ({@code [{"code":400,"description":"..."}]} / {@code <errors><error>...}), not as a
 * Problem Details document, because Open311 clients parse that list. The description never carries submitted values
 * (they may be personal data).
 */
public class Open311Exception extends RuntimeException {

    private final int status;

    public Open311Exception(int status, String description) {
        super(description);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static Open311Exception badRequest(String description) {
        return new Open311Exception(400, description);
    }

    public static Open311Exception forbidden(String description) {
        return new Open311Exception(403, description);
    }

    public static Open311Exception notFound(String description) {
        return new Open311Exception(404, description);
    }

    /** Busy for now (answered with Retry-After): the request may be sent again as it was. */
    public static Open311Exception unavailable(String description) {
        return new Open311Exception(503, description);
    }
}
