package org.example.gov.trading.opening;

/**
 * A bid's result at the opening. PENDING until its bidder submits the key (or the window ends); DECRYPTED opens it with
 * its prices; REVOKED (撤销) is the bidder's failure (wrong key, tampered or invalid document, not decrypted in time);
 * WITHDRAWN (撤回) a failure on the platform's side, recorded by trading-centre staff with a reason.
 */
public enum DecryptionResult {
    PENDING, DECRYPTED, REVOKED, WITHDRAWN
}
