package org.example.gov.cases.casefile;

import java.time.Instant;

/** Case events on {@value #TOPIC} (key = case id); schemas in contracts/events/case. */
public final class CaseEvents {

    public static final String TOPIC = "gov.case.events";
    public static final String SUBMITTED = "gov.case.submitted.v1";
    public static final String ACCEPTED = "gov.case.accepted.v1";
    public static final String CLOSED = "gov.case.closed.v1";
    public static final String WITHDRAWN = "gov.case.withdrawn.v1";

    private CaseEvents() {
    }

    /** One payload shape for every case transition: enough for consumers to act without calling back. */
    public record CaseChanged(String caseId, String caseNumber, String status, String itemId, String itemCode,
            String itemName, int itemVersion, String department, String region, String applicantId, String channel,
            String actorId, Instant occurredAt) {

        static CaseChanged of(Case c, String actorId, Instant at) {
            PinnedItem item = c.item();
            return new CaseChanged(c.id().toString(), c.caseNumber(), c.status().name(), item.itemId(), item.code(),
                    item.name(), item.version(), item.department(), item.region(), c.applicantId(), c.channel(), actorId, at);
        }
    }
}
