package org.example.gov.cases.partner;

/** A callback not acknowledged yet, as the dispatcher claims it: the exact body to send and the attempts so far. */
public record PendingCallback(long seq, String callbackId, String partnerId, String caseId, String action, String body,
        int attempts) {
}
