package org.example.gov.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the outbox keeps of a trace context: W3C-sized fields only, and never a tracestate without its traceparent. */
class TraceHeadersTest {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aVersionZeroTraceparentIsKeptWithItsTracestate() {
        TraceHeaders headers = new TraceHeaders(TRACEPARENT, "congo=t61rcWkgMzE");

        assertThat(headers.get("traceparent")).isEqualTo(TRACEPARENT);
        assertThat(headers.get("tracestate")).isEqualTo("congo=t61rcWkgMzE");
        assertThat(headers.get("baggage")).isNull();
    }

    @Test
    void aTracestateWithoutTraceparentIsDropped() {
        assertThat(new TraceHeaders(null, "congo=t61rcWkgMzE")).isEqualTo(TraceHeaders.NONE);
        assertThat(new TraceHeaders(" ", "congo=t61rcWkgMzE")).isEqualTo(TraceHeaders.NONE);
    }

    @Test
    void aTraceparentLongerThanTheColumnIsNotStored() {
        assertThat(new TraceHeaders(TRACEPARENT + "-future", "congo=t61rcWkgMzE")).isEqualTo(TraceHeaders.NONE);
    }

    @Test
    void aTracestateOverTheW3cLimitIsDroppedWholeNotCut() {
        TraceHeaders headers = new TraceHeaders(TRACEPARENT, "k=" + "v".repeat(511));

        assertThat(headers.traceparent()).isEqualTo(TRACEPARENT);
        assertThat(headers.tracestate()).isNull();
    }
}
