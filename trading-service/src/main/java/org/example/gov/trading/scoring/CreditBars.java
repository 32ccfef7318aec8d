package org.example.gov.trading.scoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.example.gov.trading.tender.Track;

/**
 * The seam to the credit capability: which of these bidders a credit record bars from {@code track} on {@code date},
 * each with the record's id and its citation (the reason the report gives), and every record in force (the credit
 * check at qualification). Wired to {@code CreditService} in {@code ScoringConfiguration}.
 */
public interface CreditBars {

    Map<String, Bar> barred(Collection<String> bidders, LocalDate date, Track track);

    /** Every record of these bidders in force on {@code date}, barring or not (a warning, 通报批评, counts too). */
    List<Entry> inForce(Collection<String> bidders, LocalDate date);

    record Bar(String recordId, String citation) {
    }

    /** A record as the committee and the parties read it at qualification: the decision, its period, what it bars. */
    record Entry(String recordId, String bidder, String misconduct, String basis, String decisionRef,
            String department, String track, boolean bars, LocalDate from, LocalDate until) {
    }
}
