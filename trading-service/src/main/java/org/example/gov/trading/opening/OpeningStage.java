package org.example.gov.trading.opening;

/** A lot's opening: FAILED (流标, too few bids, no window), DECRYPTING (the window is open), PUBLISHED (the record). */
public enum OpeningStage {
    FAILED, DECRYPTING, PUBLISHED
}
