package org.example.gov.trading.integrity;

/**
 * What a collusion warning (围标串标预警) found bids of one lot to share or show. Each kind is evidence for the committee
 * and the supervisors to weigh, never a finding: a shared office network or a large consortium's common accountant can
 * explain several of them (README-integrity.md).
 */
public enum SignalKind {
    /** The bids were uploaded from one client address. */
    SHARED_SUBMISSION_ADDRESS,
    /** The bids were decrypted at the opening from one client address. */
    SHARED_DECRYPTION_ADDRESS,
    /** One machine fingerprint (X-Client-Fingerprint) at the submission or the decryption of each bid. */
    SHARED_MACHINE_FINGERPRINT,
    /** The opened bid documents are byte for byte the same file (same SM3). */
    IDENTICAL_DOCUMENT,
    /** The opened bid documents name the same author in their metadata (PDF /Author, OOXML dc:creator). */
    SHARED_DOCUMENT_AUTHOR,
    /** The bids' deposits were paid from one bank account. */
    SHARED_DEPOSIT_ACCOUNT,
    /** Three or more opened prices, in order, rise by one constant amount. */
    REGULAR_PRICE_STEP,
    /** Three or more opened prices, in order, rise by one constant ratio. */
    CONSTANT_PRICE_RATIO
}
