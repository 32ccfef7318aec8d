package org.example.gov.trading.tender;

import java.util.List;

/**
 * What a tenderee (or its agent) states when drafting a project. {@code stateFunded}: state-owned funds hold or lead the
 * project (国有资金占控股或者主导地位), so the award takes the first candidate unless a statutory ground applies
 * (招标投标法实施条例 第55条); when not stated the platform assumes it (the stricter rule).
 */
public record ProjectSpec(String title, Track track, ProcurementMethod method, String tenderee, String agent,
        String region, List<LotSpec> lots, boolean stateFunded) {

    public ProjectSpec {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    /** A state-funded project (the default). */
    public ProjectSpec(String title, Track track, ProcurementMethod method, String tenderee, String agent,
            String region, List<LotSpec> lots) {
        this(title, track, method, tenderee, agent, region, lots, true);
    }
}
