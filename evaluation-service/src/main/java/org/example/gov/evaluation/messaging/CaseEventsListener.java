package org.example.gov.evaluation.messaging;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.example.gov.evaluation.invitation.InvitationService;
import org.example.gov.evaluation.invitation.Stage;
import org.example.gov.platform.events.IdempotentConsumer;
import org.example.gov.platform.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Case events → rating invitations (一事一评): gov.case.received.v1 opens the RECEIPT invitation, gov.case.closed.v1
 * the COMPLETION one. Redeliveries are skipped by event id (see IdempotentConsumer), a second event for the same case
 * and stage by the invitation's unique key.
 */
@Component
class CaseEventsListener {

    static final String CONSUMER = "evaluation.case-events";
    static final String CASE_RECEIVED = "gov.case.received.v1";
    static final String CASE_CLOSED = "gov.case.closed.v1";
    static final Map<String, Stage> STAGES = Map.of(CASE_RECEIVED, Stage.RECEIPT, CASE_CLOSED, Stage.COMPLETION);
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
        Stage stage = STAGES.get(event.type());
        if (stage == null) {
            return; // other case events are not ours to act on (yet): nothing to record
        }
        event.requireSource("case-service"); // an invitation to rate exists only for a case case-service handled
        boolean applied = idempotent.handleOnce(CONSUMER, event, e -> {
            CaseEvent c = json.readValue(e.data(), CaseEvent.class);
            invitations.openFor(new InvitationService.CaseAtStage(c.caseId(), c.caseNumber(), stage, c.applicantId(),
                    c.itemCode(), c.itemName(), c.department(), c.region(), c.actorId(), c.channel()));
        });
        if (!applied) {
            log.info("Skipped duplicate event {} ({})", event.id(), event.type());
        }
    }

    /**
     * The fields of gov.case.received.v1 and gov.case.closed.v1 this consumer reads (both carry the same payload);
     * unknown fields are ignored (additive changes). {@code actorId} is the staff member who received or closed the
     * case, {@code channel} the intake channel.
     */
    record CaseEvent(String caseId, String caseNumber, String applicantId, String itemCode, String itemName,
            String department, String region, String actorId, String channel) {
    }
}
