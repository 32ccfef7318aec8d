package org.example.gov.trading.tender.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.trading.tender.Amendment;
import org.example.gov.trading.tender.Lot;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Objection;
import org.example.gov.trading.tender.Project;
import org.example.gov.trading.tender.TenderAction;

/**
 * A project as its parties and overseers see it, or, for a bidder ({@code publicNotice} true), only what the public
 * notice says: announced lots, schedule, amendments, whether it is suspended; no drafts, no objections, no allowed
 * steps. Never who downloaded or how many.
 */
public record ProjectResponse(String id, String title, String track, String method, String tenderee, String agent,
        String region, boolean stateFunded, String status, boolean suspended, String suspensionReason, List<LotResponse> lots,
        List<AmendmentResponse> amendments, List<ObjectionResponse> objections, List<String> allowedActions,
        boolean publicNotice, long version) {

    public record LotResponse(String id, int number, String name, String amount, String deposit, String currency,
            int bidValidityDays, long decryptionWindowMinutes, String status, Instant announcedAt,
            LocalDate announcementUntil, LocalDate documentsFrom, LocalDate documentsUntil, Instant bidDeadline,
            String previousLotId) {

        static LotResponse of(Lot l) {
            Lot.Schedule s = l.schedule();
            return new LotResponse(l.id().toString(), l.number(), l.name(), l.amount().amount().toPlainString(),
                    l.deposit().amount().toPlainString(), l.amount().currency(), l.bidValidityDays(),
                    l.decryptionWindow().toMinutes(), l.status().name(), s == null ? null : s.announcedAt(),
                    s == null ? null : s.announcementUntil(), s == null ? null : s.documentsFrom(),
                    s == null ? null : s.documentsUntil(), s == null ? null : s.bidDeadline(),
                    l.previousLot() == null ? null : l.previousLot().toString());
        }
    }

    public record AmendmentResponse(int number, String summary, boolean material, Instant at, Instant previousDeadline,
            Instant bidDeadline) {

        static AmendmentResponse of(Amendment a) {
            return new AmendmentResponse(a.number(), a.summary(), a.material(), a.at(), a.previousDeadline(),
                    a.bidDeadline());
        }
    }

    /** An objection without its filer (sealed: a potential bidder). */
    public record ObjectionResponse(String id, String kind, String text, Instant filedAt, LocalDate answerDue,
            String answer, Instant answeredAt) {

        static ObjectionResponse of(Objection o) {
            return new ObjectionResponse(o.id().toString(), o.kind().name(), o.text(), o.filedAt(), o.answerDue(),
                    o.answer(), o.answeredAt());
        }
    }

    static ProjectResponse of(Project p, boolean publicNotice) {
        List<LotResponse> lots = p.lots().stream().filter(l -> !publicNotice || l.status() != LotStatus.DRAFT)
                .map(LotResponse::of).toList();
        return new ProjectResponse(p.id().toString(), p.title(), p.track().name(), p.method().name(), p.tenderee(),
                p.agent(), p.region(), p.stateFunded(), p.status().name(), p.suspended(),
                p.suspension() == null ? null : p.suspension().reason(), lots,
                p.amendments().stream().map(AmendmentResponse::of).toList(),
                publicNotice ? List.of() : p.objections().stream().map(ObjectionResponse::of).toList(),
                publicNotice ? List.of() : p.allowedActions().stream().map(TenderAction::label).toList(), publicNotice,
                p.rowVersion());
    }
}
