package org.example.gov.evaluation.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.example.gov.evaluation.invitation.InvitationService;
import org.example.gov.platform.events.IdempotentConsumer;
import org.example.gov.platform.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Case events → rating invitations. Redeliveries are skipped by event id (see IdempotentConsumer). */
@Component
class CaseEventsListener {

    static final String CONSUMER = "evaluation.case-events";
    static final String CASE_CLOSED = "gov.case.closed.v1";
    private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

    private final IdempotentConsumer idempotent;
    private final InvitationService invitations;
    private final JsonMapper json;

    CaseEventsListener(IdempotentConsumer idempotent, InvitationService invitations, JsonMapper json) {
        this.idempotent = idempotent;
        this.invitations = invitations;
        this.json = json;
    }

    @KafkaListener(topics = "gov.case.events", groupId = "evaluation-service")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!CASE_CLOSED.equals(event.type())) {
            return; // other case events are not ours to act on (yet): nothing to record
        }
        boolean applied = idempotent.handleOnce(CONSUMER, event, e -> {
            CaseClosed closed = json.readValue(e.data(), CaseClosed.class);
            invitations.openForClosedCase(new InvitationService.ClosedCase(closed.caseId(), closed.caseNumber(),
                    closed.applicantId(), closed.itemCode(), closed.itemName(), closed.department(), closed.region()));
        });
        if (!applied) {
            log.info("Skipped duplicate event {} ({})", event.id(), event.type());
        }
    }

    /** The fields of gov.case.closed.v1 this consumer reads; unknown fields are ignored (additive changes). */
    record CaseClosed(String caseId, String caseNumber, String applicantId, String itemCode, String itemName,
            String department, String region) {
    }
}
