package org.example.gov.trading.scoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.example.gov.trading.tender.Track;

/**
 * The seam to the credit capability: which of these bidders a credit record bars from {@code track} on {@code date},
 * each with the record's id and its citation (the reason the report gives). Wired to {@code CreditService#barring} in
 * {@code ScoringConfiguration}.
 */
public interface CreditBars {

    Map<String, Bar> barred(Collection<String> bidders, LocalDate date, Track track);

    record Bar(String recordId, String citation) {
    }
}
