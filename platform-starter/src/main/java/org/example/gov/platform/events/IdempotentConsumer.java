package org.example.gov.platform.events;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an event's effect at most once per consumer: the event id is recorded in
 * {@code processed_event} in the same transaction as the effect, so a redelivery (after a rebalance, a
 * relay retry or an operator replay) finds the id and changes nothing, and a failed effect leaves no mark.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public IdempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** @return true if the effect ran, false if this consumer had already processed the event */
    public boolean handleOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        Boolean applied = transactions.execute(status -> {
            try {
                jdbc.sql("INSERT INTO processed_event (consumer, event_id, event_type, processed_at) VALUES (:c, :id, :type, CURRENT_TIMESTAMP(6))")
                        .param("c", consumer)
                        .param("id", event.id())
                        .param("type", event.type())
                        .update();
            } catch (DuplicateKeyException alreadyDone) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        if (Boolean.TRUE.equals(applied)) {
            // one line per applied event, ids only: with the traceId in its MDC (the listener's observation continues
            // the producer's trace) an operator finds which request an effect came from, and the reverse
            log.info("Applied event {} ({}) as {}", event.id(), event.type(), consumer);
            return true;
        }
        return false;
    }
}
