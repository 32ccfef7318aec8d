package org.example.gov.gateway.ratelimit;

/** Whose quota a request counts against. */
public enum LimitKind {
    /** an authenticated user, by JWT subject */
    USER("u"),
    /** a partner city (role PARTNER), by JWT subject: its own, larger quota */
    PARTNER("p"),
    /** a guarantor (role GUARANTOR) pushing bid guarantees, by JWT subject: a machine quota of its own */
    GUARANTOR("g"),
    /** a call without a token, by client address */
    ADDRESS("a"),
    /** an Open311 app or partner on /open311/v2/**, by the SHA-256 of its api_key: a partner-sized quota of its own */
    OPEN311("o");

    private final String prefix;

    LimitKind(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }
}
