package org.example.gov.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the platform answers as an RFC 9457 problem. Plain Java on purpose: domain objects throw
 * these without depending on Spring. The web layer turns {@link #code()} into a localized detail
 * (message bundles {@code problems*.properties}), falling back to {@link #getMessage()}.
 */
public abstract class PlatformException extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] args;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected PlatformException(int status, String code, String defaultDetail, Object... args) {
        super(defaultDetail);
        this.status = status;
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public int status() {
        return status;
    }

    /** Stable, machine-readable code, e.g. {@code CASE_NOT_FOUND}. Clients switch on this, never on the text. */
    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Extra members of the problem document (e.g. {@code allowed} for an illegal transition). */
    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    protected final void property(String name, Object value) {
        properties.put(name, value);
    }
}
