package org.example.gov.trading.tender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An objection to the documents (异议, construction: 实施条例 第22条) or a challenge (质疑, procurement: 政府采购法 第52条).
 * Who filed it is a potential bidder and so as secret as a download: the aggregate holds only {@code filerSeal}, an
 * opaque sealed reference the service made (SM4 under the platform's key), never the bidder id in clear.
 */
public record Objection(UUID id, ObjectionKind kind, String text, String filerSeal, Instant filedAt, LocalDate answerDue,
        String answer, Instant answeredAt) {

    public enum ObjectionKind {
        /** 异议 to the documents, construction. */
        OBJECTION,
        /** 质疑, government procurement. */
        CHALLENGE
    }

    public boolean open() {
        return answeredAt == null;
    }

    Objection answered(String text, Instant at) {
        return new Objection(id, kind, this.text, filerSeal, filedAt, answerDue, text, at);
    }
}
