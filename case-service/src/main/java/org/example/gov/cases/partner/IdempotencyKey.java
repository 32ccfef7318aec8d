package org.example.gov.cases.partner;

/**
 * The partner's key for one forward: every retry of that forward sends the same key, so it makes one case. Printable
 * ASCII, at most {@value #MAX_LENGTH} characters (a UUID or the partner's own reference both fit).
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 100;

    public static IdempotencyKey of(String header) {
        if (header == null || header.isBlank()) {
            throw new IdempotencyKeyInvalidException("IDEMPOTENCY_KEY_REQUIRED",
                    "A forward needs an Idempotency-Key header; send the same key when retrying it");
        }
        String value = header.trim();
        if (value.length() > MAX_LENGTH || !value.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw new IdempotencyKeyInvalidException("IDEMPOTENCY_KEY_INVALID",
                    "The Idempotency-Key is at most " + MAX_LENGTH + " printable ASCII characters without spaces");
        }
        return new IdempotencyKey(value);
    }
}
