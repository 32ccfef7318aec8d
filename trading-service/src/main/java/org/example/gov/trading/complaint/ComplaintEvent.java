package org.example.gov.trading.complaint;

import java.time.Instant;

/**
 * What complaints publish on gov.trading.events (contracts/events/trading); key = project id. No text: a complaint and
 * a decision may name people; the parties read them in trading-service.
 */
public sealed interface ComplaintEvent {

    String TOPIC = "gov.trading.events";

    String type();

    String projectId();

    record ComplaintFiled(String projectId, String lotId, String complaintId, String complainant, String track,
            Instant filedAt, Instant acceptDue) implements ComplaintEvent {
        public String type() {
            return "gov.trading.complaint-filed.v1";
        }
    }

    /** Accepted (受理), with the decision's due time. */
    record ComplaintAccepted(String projectId, String lotId, String complaintId, Instant acceptedAt, boolean late,
            Instant decisionDue) implements ComplaintEvent {
        public String type() {
            return "gov.trading.complaint-accepted.v1";
        }
    }

    /** How a complaint ended: NOT_ACCEPTED (不予受理), UPHELD, DISMISSED or WITHDRAWN. */
    record ComplaintDecided(String projectId, String lotId, String complaintId, String outcome, Instant decidedAt,
            boolean late) implements ComplaintEvent {
        public String type() {
            return "gov.trading.complaint-decided.v1";
        }
    }

    /** The lot's procedure suspended for the complaint (until: procurement's 30-day limit), or the suspension ended. */
    record ProcedureSuspension(String projectId, String lotId, String complaintId, boolean suspended, Instant at,
            Instant until) implements ComplaintEvent {
        public String type() {
            return "gov.trading.procedure-suspension.v1";
        }
    }
}
