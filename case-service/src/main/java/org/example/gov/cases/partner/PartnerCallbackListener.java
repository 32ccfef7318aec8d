package org.example.gov.cases.partner;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseChangeListener;
import org.example.gov.cases.casefile.HistoryEntry;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records one callback per transition of a partner's case, in the transaction that stores the transition: a change
 * is never lost nor announced when it was rolled back. The dispatcher sends them later.
 */
@Component
public class PartnerCallbackListener implements CaseChangeListener {

    private final PartnerCallbackRepository callbacks;
    private final JsonMapper json;
    private final Clock clock;

    public PartnerCallbackListener(PartnerCallbackRepository callbacks, JsonMapper json, Clock clock) {
        this.callbacks = callbacks;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void changed(Case c, List<HistoryEntry> entries) {
        String partnerId = c.origin().partnerId();
        if (partnerId == null) {
            return;
        }
        for (HistoryEntry entry : entries) {
            String callbackId = UUID.randomUUID().toString();
            String body = json.writeValueAsString(PartnerCaseChanged.of(callbackId, c, entry));
            callbacks.insert(callbackId, partnerId, c.id().toString(), entry.action().name(), body, clock.instant());
        }
    }
}
