package org.example.gov.platform.events;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) an event carries from the request that stored it to
 * the consumers that handle it. Both null outside a trace.
 */
public record TraceHeaders(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    public static final TraceHeaders NONE = new TraceHeaders(null, null);

    /** W3C limits: a version-00 traceparent is 55 characters; a tracestate longer than 512 may be dropped whole. */
    static final int TRACEPARENT_MAX = 55;
    static final int TRACESTATE_MAX = 512;

    public TraceHeaders {
        if (traceparent == null || traceparent.isBlank() || traceparent.length() > TRACEPARENT_MAX) {
            // a tracestate means nothing without its traceparent; an unknown (longer) traceparent version is not stored
            traceparent = null;
            tracestate = null;
        }
        if (tracestate != null && (tracestate.isBlank() || tracestate.length() > TRACESTATE_MAX)) {
            tracestate = null;
        }
    }

    /** The field of this name, for a propagator's getter. */
    String get(String field) {
        return switch (field) {
            case TRACEPARENT -> traceparent;
            case TRACESTATE -> tracestate;
            default -> null;
        };
    }
}
