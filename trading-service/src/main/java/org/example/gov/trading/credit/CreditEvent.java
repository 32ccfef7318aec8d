package org.example.gov.trading.credit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What credit publishes on gov.trading.events (contracts/events/trading); key = the subject id, so one subject's
 * records stay in order. No misconduct text (it may name people); the record id leads to it.
 */
public sealed interface CreditEvent {

    String TOPIC = "gov.trading.events";

    String type();

    String subjectId();

    /** A bad-behaviour record (不良行为记录); {@code bars} when it bars the subject from participating in its period. */
    record CreditRecorded(String recordId, String subjectKind, String subjectId, boolean bars, String track,
            LocalDate validFrom, LocalDate validUntil, String region, Instant recordedAt) implements CreditEvent {
        public String type() {
            return "gov.trading.credit-recorded.v1";
        }
    }

    /** The period of a record corrected (a reconsideration or a court changed the decision). */
    record CreditCorrected(String recordId, String subjectKind, String subjectId, boolean bars, LocalDate validFrom,
            LocalDate validUntil, Instant correctedAt) implements CreditEvent {
        public String type() {
            return "gov.trading.credit-corrected.v1";
        }
    }

    /** A record revoked (the decision withdrawn or annulled): it bars nothing any more. */
    record CreditRevoked(String recordId, String subjectKind, String subjectId, Instant revokedAt)
            implements CreditEvent {
        public String type() {
            return "gov.trading.credit-revoked.v1";
        }
    }

    /** The tenderee rated its agent after the project (one evaluation per project). */
    record AgentEvaluated(String projectId, String agent, double overall, Instant evaluatedAt) implements CreditEvent {
        public String subjectId() {
            return agent;
        }

        public String type() {
            return "gov.trading.agent-evaluated.v1";
        }
    }
}
