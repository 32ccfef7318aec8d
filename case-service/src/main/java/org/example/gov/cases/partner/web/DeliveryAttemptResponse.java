package org.example.gov.cases.partner.web;

import java.time.Instant;

import org.example.gov.cases.partner.DeliveryAttempt;

/** One line of the delivery log: which callback, which attempt, when, and what the partner answered. */
public record DeliveryAttemptResponse(String callbackId, String caseId, String action, int attempt, Instant at,
        Integer httpStatus, String error, long durationMs, boolean acknowledged) {

    static DeliveryAttemptResponse of(DeliveryAttempt a) {
        return new DeliveryAttemptResponse(a.callbackId(), a.caseId(), a.action(), a.attempt(), a.at(), a.httpStatus(),
                a.error(), a.durationMs(), a.acknowledged());
    }
}
