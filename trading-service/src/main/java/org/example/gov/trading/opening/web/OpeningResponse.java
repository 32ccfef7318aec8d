package org.example.gov.trading.opening.web;

import java.time.Instant;
import java.util.List;

import org.example.gov.trading.opening.BidDecryption;
import org.example.gov.trading.opening.OpeningObjection;
import org.example.gov.trading.opening.OpeningService;

/**
 * A lot's opening: its stage and window, and once PUBLISHED the record (开标记录): every bid's bidder, time, result,
 * reason and price; the objections at the opening with their answers.
 */
public record OpeningResponse(String lotId, String stage, int bidCount, Instant bidDeadline, Instant windowOpenedAt,
        Instant windowEndsAt, Instant publishedAt, List<BidLine> bids, List<ObjectionLine> objections) {

    public record BidLine(String bidId, String bidder, Instant receivedAt, String result, String reason, String reasonText, String total,
            List<ScheduleLine> schedule, Instant decidedAt) {
    }

    public record ScheduleLine(String item, String amount) {
    }

    public record ObjectionLine(String id, String bidder, String text, Instant filedAt, String answer, String answeredBy,
            Instant answeredAt) {

        static ObjectionLine of(OpeningObjection o) {
            return new ObjectionLine(o.id(), o.bidder(), o.text(), o.filedAt(), o.answer(), o.answeredBy(), o.answeredAt());
        }
    }

    static OpeningResponse of(OpeningService.View v) {
        var o = v.opening();
        return new OpeningResponse(o.lotId(), o.stage().name(), o.bidCount(), o.deadline(), o.deadlinePassedAt(),
                o.windowEndsAt(), o.publishedAt(), v.bids().stream().map(b -> line(b, v.receivedAt().get(b.bidId()))).toList(),
                v.objections().stream().map(ObjectionLine::of).toList());
    }

    private static BidLine line(BidDecryption b, Instant receivedAt) {
        return new BidLine(b.bidId(), b.bidder(), receivedAt, b.result().name(), b.reason(), b.reasonText(),
                b.total() == null ? null : b.total().toPlainString(),
                b.schedule().stream().map(i -> new ScheduleLine(i.item(), i.amount().toPlainString())).toList(),
                b.decidedAt());
    }
}
