package org.example.gov.trading.tender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the tender aggregate's transitions report, published on {@value #TOPIC} (key = project id) by the service
 * through the outbox; schemas in contracts/events/trading. <b>Secrecy before the bid deadline</b>: no event names a
 * bidder, a downloader or an objector, and none carries a count of downloads or bids — whoever reads the topic learns
 * only what the public notices say.
 */
public sealed interface TenderEvent {

    String TOPIC = "gov.trading.events";

    String type();

    String projectId();

    /** A lot's current deadline, in the events that may move it. */
    record LotDeadline(String lotId, Instant bidDeadline) {
    }

    /** One lot as its public notice (招标公告 / 采购公告) states it. */
    record AnnouncedLot(String lotId, int number, String name, String amount, String deposit, int bidValidityDays,
            LocalDate documentsFrom, LocalDate documentsUntil, Instant bidDeadline, String previousLotId) {
    }

    record TenderAnnounced(String projectId, String title, String track, String method, String region, String tenderee,
            String agent, LocalDate announcementUntil, List<AnnouncedLot> lots, Instant announcedAt) implements TenderEvent {
        public String type() {
            return "gov.trading.tender-announced.v1";
        }
    }

    record TenderAmended(String projectId, int amendmentNumber, String summary, boolean material,
            boolean deadlineMoved, List<LotDeadline> lots, Instant amendedAt) implements TenderEvent {
        public String type() {
            return "gov.trading.tender-amended.v1";
        }
    }

    record TenderSuspended(String projectId, String reason, Instant suspendedAt) implements TenderEvent {
        public String type() {
            return "gov.trading.tender-suspended.v1";
        }
    }

    record TenderResumed(String projectId, List<LotDeadline> lots, Instant resumedAt) implements TenderEvent {
        public String type() {
            return "gov.trading.tender-resumed.v1";
        }
    }

    record TenderCancelled(String projectId, String reason, List<String> lotIds, Instant cancelledAt)
            implements TenderEvent {
        public String type() {
            return "gov.trading.tender-cancelled.v1";
        }
    }

    record ObjectionFiled(String projectId, String objectionId, String kind, LocalDate answerDue, boolean openingPaused,
            Instant filedAt) implements TenderEvent {
        public String type() {
            return "gov.trading.objection-filed.v1";
        }
    }

    record ObjectionAnswered(String projectId, String objectionId, String kind, List<LotDeadline> lots,
            Instant answeredAt) implements TenderEvent {
        public String type() {
            return "gov.trading.objection-answered.v1";
        }
    }
}
