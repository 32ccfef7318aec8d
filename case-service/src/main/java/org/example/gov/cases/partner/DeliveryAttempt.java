package org.example.gov.cases.partner;

import java.time.Instant;

/** One attempt to deliver a callback: the HTTP status the partner answered, or why no answer came. */
public record DeliveryAttempt(String callbackId, String caseId, String action, int attempt, Instant at,
        Integer httpStatus, String error, long durationMs) {

    public boolean acknowledged() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }
}
