package org.example.gov.gateway.partner;

/** What the shared nonce store said about one nonce. */
public enum NonceCheck {
    /** first use: the request may go on */
    FRESH,
    /** used before, on this replica or another: a replay */
    REUSED,
    /** the store failed, timed out or is not migrated yet: the request is refused with 503 (fail closed) */
    UNAVAILABLE
}
