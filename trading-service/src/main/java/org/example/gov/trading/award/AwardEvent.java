package org.example.gov.trading.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the publicity and the award publish on gov.trading.events (contracts/events/trading); key = project id. */
public sealed interface AwardEvent {

    String TOPIC = "gov.trading.events";

    String type();

    String projectId();

    record PublishedCandidate(int rank, String bidId, String bidder, BigDecimal price) {
    }

    /** 中标候选人公示: public by law, so the candidates are named. */
    record CandidatesPublished(String projectId, String lotId, String track, List<PublishedCandidate> candidates,
            Instant publishedAt, Instant endsAt, Instant objectionsUntil) implements AwardEvent {
        public String type() {
            return "gov.trading.candidates-published.v1";
        }
    }

    /** An objection to the candidates: no text (it may name people), who filed it is known to the parties. */
    record CandidateObjectionFiled(String projectId, String lotId, String objectionId, Instant filedAt, Instant answerDue)
            implements AwardEvent {
        public String type() {
            return "gov.trading.candidate-objection-filed.v1";
        }
    }

    record CandidateObjectionAnswered(String projectId, String lotId, String objectionId, Instant answeredAt,
            boolean late) implements AwardEvent {
        public String type() {
            return "gov.trading.candidate-objection-answered.v1";
        }
    }

    /** 中标通知书: the chosen candidate; deviation true when it was not the first (the reason is in the record). */
    record Awarded(String projectId, String lotId, String bidId, String bidder, int rank, boolean deviation,
            Instant awardedAt) implements AwardEvent {
        public String type() {
            return "gov.trading.awarded.v1";
        }
    }
    /** 合同签订: the contract of the award, its amount (the awarded price) and whether it came after the last day. */
    record ContractSigned(String projectId, String lotId, String bidId, String bidder, String contractNumber,
            BigDecimal amount, LocalDate signedOn, LocalDate dueOn, boolean late, Instant recordedAt)
            implements AwardEvent {
        public String type() {
            return "gov.trading.contract-signed.v1";
        }
    }

    /** 电子监察: the report is older than the time its candidates (or result) had to be published by, and they are not. */
    record PublicityOverdue(String projectId, String lotId, String track, Instant reportAt, Instant publicationDue,
            Instant raisedAt) implements AwardEvent {
        public String type() {
            return "gov.trading.publicity-overdue.v1";
        }
    }

    /** The winner refused to sign (招标投标法实施条例 第74条): no reason text (it may name people). */
    record ContractRefused(String projectId, String lotId, String bidId, String bidder, Instant recordedAt)
            implements AwardEvent {
        public String type() {
            return "gov.trading.contract-refused.v1";
        }
    }

    /** An unsigned contract near, at or past its last day (APPROACHING, LAST_DAY, OVERDUE), once each. */
    record ContractDeadlineWarning(String projectId, String lotId, String warning, LocalDate dueOn,
            LocalDate awardNoticeOn, Instant raisedAt) implements AwardEvent {
        public String type() {
            return "gov.trading.contract-deadline-warning.v1";
        }
    }
}
