package org.example.gov.platform.logging;

import java.util.Set;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks ID and mobile numbers ({@link PersonalDataRedactor}) in every string of the structured (ECS, Logstash, GELF)
 * JSON log lines: the message, {@code error.message}, {@code error.stack_trace}, MDC values. Registered for every
 * service in {@code META-INF/spring.factories}; Boot applies it to each structured format it builds.
 *
 * <p>Trace and span ids are left alone: they are hex strings whose digit runs could look like a phone number, and
 * they carry no personal data.
 */
public class PersonalDataJsonLogMasking implements StructuredLoggingJsonMembersCustomizer<Object> {

    private static final Set<String> TRACING_IDS = Set.of("traceId", "spanId", "trace_id", "span_id", "trace.id", "span.id",
            "transaction.id");

    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.<String>of(String.class, PersonalDataRedactor::redact)
                .whenHasPath(path -> !isTracingId(path.name()) && !isTracingId(path.toUnescapedString())));
    }

    /** Null-safe: the elements of a JSON array have a path without a name (Set.of(...).contains(null) throws). */
    private static boolean isTracingId(String name) {
        return name != null && TRACING_IDS.contains(name);
    }
}
