package org.example.gov.hotline.ticket;

import java.time.Instant;

/**
 * One 退单: which department gave the ticket back, why, and the centre's review. An approved return counts against the
 * returning department (the department misjudged or the list was wrong; statistics read these).
 */
public record ReturnRecord(String region, String department, String reason, String handlerId, Instant requestedAt,
        Outcome outcome, String reviewNote, Instant reviewedAt) {

    public enum Outcome {
        APPROVED, REJECTED, COORDINATION
    }

    ReturnRecord reviewed(Outcome outcome, String note, Instant at) {
        return new ReturnRecord(region, department, reason, handlerId, requestedAt, outcome, note, at);
    }
}
