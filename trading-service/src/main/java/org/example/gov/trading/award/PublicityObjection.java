package org.example.gov.trading.award;

import java.time.Instant;

/**
 * An objection to the candidates (异议, construction) or a challenge to the result (质疑, procurement) by a bidder of the
 * lot, answered by the tenderee or agent; open until answered, and the award waits for it.
 */
public record PublicityObjection(String id, String bidder, String text, Instant filedAt, Instant answerDue,
        String answer, Instant answeredAt) {

    public boolean open() {
        return answeredAt == null;
    }

    PublicityObjection answered(String answerText, Instant now) {
        return new PublicityObjection(id, bidder, text, filedAt, answerDue, answerText, now);
    }
}
