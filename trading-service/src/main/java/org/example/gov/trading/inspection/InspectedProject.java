package org.example.gov.trading.inspection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A project the draw may pick: one of the region's (and below) with a lot awarded in the plan's period. Its parties
 * for the recusal rule are the tenderee, the agent and the awarded bidders ({@link #parties}).
 */
public record InspectedProject(String projectId, String title, String region, String tenderee, String agent,
        List<String> lotIds) {

    public InspectedProject {
        lotIds = List.copyOf(lotIds);
    }

    public Set<String> parties(Set<String> winners) {
        Set<String> all = new HashSet<>(winners);
        all.add(tenderee);
        if (agent != null) {
            all.add(agent);
        }
        return Set.copyOf(all);
    }
}
