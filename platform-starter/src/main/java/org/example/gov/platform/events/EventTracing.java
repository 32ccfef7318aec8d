package org.example.gov.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Carries a trace across the outbox. Spring Kafka's template observation propagates the trace of the thread that
 * sends, but the relay sends later, from its own thread, where the request's span is long gone. So the request's
 * context is captured when the event is stored ({@link #current()}, kept in the outbox row) and the relay sends each
 * event inside a span that continues it ({@link #relay}): the {@code traceparent} header names that span (or the
 * template's producer span, its child, when the template observes), and the consumer's listener observation continues
 * from there. One trace: request → outbox relay → Kafka → consumer.
 */
public class EventTracing {

    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The trace context of the current span, to store with an event; {@link TraceHeaders#NONE} outside a trace. */
    public TraceHeaders current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return TraceHeaders.NONE;
        }
        Map<String, String> fields = new HashMap<>();
        propagator.inject(span.context(), fields, Map::put);
        return new TraceHeaders(fields.get(TraceHeaders.TRACEPARENT), fields.get(TraceHeaders.TRACESTATE));
    }

    /**
     * Runs {@code send} for an event stored under {@code stored}: the stored context goes into the record's headers
     * as it is (so it arrives even where tracing is off), then, where tracing is on, a relay span continuing it is
     * current during the send and its own context replaces those headers.
     */
    public <T> T relay(ProducerRecord<String, byte[]> record, TraceHeaders stored, Supplier<T> send) {
        if (stored.traceparent() == null) {
            return send.get();
        }
        put(record.headers(), TraceHeaders.TRACEPARENT, stored.traceparent());
        if (stored.tracestate() != null) {
            put(record.headers(), TraceHeaders.TRACESTATE, stored.tracestate());
        }
        Span span = propagator.extract(stored, TraceHeaders::get)
                .name("outbox relay")
                .tag("messaging.destination.name", record.topic())
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            propagator.inject(span.context(), record.headers(), EventTracing::put);
            return send.get();
        } finally {
            span.end();
        }
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
