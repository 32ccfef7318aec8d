package org.example.gov.trading.tender;

import java.util.List;

/** What a tenderee (or its agent) states when drafting a project. */
public record ProjectSpec(String title, Track track, ProcurementMethod method, String tenderee, String agent,
        String region, List<LotSpec> lots) {

    public ProjectSpec {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }
}
