package org.example.gov.trading.expert;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.example.gov.trading.tender.Track;

/**
 * The seam to the credit capability: the credit records barring these experts from {@code track} on the draw date,
 * as penalties (the draw excludes them as {@link ExclusionReason#PENALISED}, the record cited as the penalty's reason).
 * Wired to {@code CreditService#barring} in {@code ExpertConfiguration}.
 */
public interface ExpertCreditBars {

    Map<ExpertId, List<Penalty>> barred(Collection<ExpertId> experts, LocalDate date, Track track);
}
