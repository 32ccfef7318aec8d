package org.example.gov.trading.scoring.web;

import java.time.LocalDate;
import java.util.List;

import org.example.gov.trading.scoring.EvaluationService;

/**
 * The credit check of a lot's opened bidders at qualification (资格审查 信用查询): the date judged on (the bid deadline's)
 * and each record in force then, barring or not; a barring one ({@code bars}) bars its {@code track}, or every track
 * when that is null — the overview and the report show which bids it made invalid here.
 */
public record CreditCheckResponse(LocalDate date, List<Entry> records) {

    public record Entry(String recordId, String bidder, String misconduct, String basis, String decisionRef,
            String department, String track, boolean bars, LocalDate from, LocalDate until) {
    }

    static CreditCheckResponse of(EvaluationService.CreditCheck c) {
        return new CreditCheckResponse(c.date(), c.records().stream().map(e -> new Entry(e.recordId(), e.bidder(),
                e.misconduct(), e.basis(), e.decisionRef(), e.department(), e.track(), e.bars(), e.from(), e.until()))
                .toList());
    }
}
