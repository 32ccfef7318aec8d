package org.example.gov.trading.integrity;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What is known about one bid of a lot once its opening record is published: where it was submitted and decrypted
 * from, the opened document's hash and author, the accounts its deposits were paid from, and its opened price (null
 * unless DECRYPTED). Every field but the ids may be null (a client that sent no fingerprint, a bid guaranteed instead of
 * a deposit, a bid revoked at the opening).
 */
public record BidEvidence(String bidId, String bidder, String submissionAddress, String submissionFingerprint,
        String decryptionAddress, String decryptionFingerprint, String documentHash, String documentAuthor,
        Set<String> depositAccounts, BigDecimal total) {

    public BidEvidence {
        depositAccounts = depositAccounts == null ? Set.of() : Set.copyOf(depositAccounts);
    }
}
