package org.example.gov.platform.events;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The business pulse of a service, for its Grafana dashboard: {@code platform_events_committed_total{type}} counts the
 * events whose state change committed (cases received, ratings submitted, tickets dispatched, tenders announced...).
 * Counted at commit, not at relay, so a Kafka outage does not bend the business curves (the outbox backlog shows it).
 *
 * <p>Types starting with one of {@code platform.events.uncounted-type-prefixes} are never counted: a rate of per-bidder
 * events (a trading guarantee issued, a deposit paid) during a tender would give away how many bidders there are before
 * the deadline, which the law keeps secret.
 */
public class EventCounts {

    static final String COMMITTED = "platform.events.committed";

    private final MeterRegistry meters;
    private final List<String> uncountedPrefixes;

    public EventCounts(MeterRegistry meters, List<String> uncountedPrefixes) {
        this.meters = meters;
        this.uncountedPrefixes = List.copyOf(uncountedPrefixes);
    }

    void committed(String type) {
        if (counted(type)) {
            Counter.builder(COMMITTED).description("Events whose state change committed, by CloudEvents type")
                    .tag("type", type).register(meters).increment();
        }
    }

    boolean counted(String type) {
        return uncountedPrefixes.stream().noneMatch(type::startsWith);
    }
}
