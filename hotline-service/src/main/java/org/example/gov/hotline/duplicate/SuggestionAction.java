package org.example.gov.hotline.duplicate;

import java.util.Set;

import org.example.gov.platform.security.Role;

/** Named steps of a nearby-duplicate suggestion, with who may take them and the event each publishes. */
public enum SuggestionAction {
    /** The system found nearby tickets at intake. */
    SUGGEST("suggest", "gov.hotline.duplicate-suggested.v1", Set.of()),
    CONFIRM("confirm", "gov.hotline.duplicate-confirmed.v1", Set.of(Role.HOTLINE_AGENT)),
    DISMISS("dismiss", "gov.hotline.duplicate-dismissed.v1", Set.of(Role.HOTLINE_AGENT));

    private final String label;
    private final String eventType;
    private final Set<Role> roles;

    SuggestionAction(String label, String eventType, Set<Role> roles) {
        this.label = label;
        this.eventType = eventType;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    public String eventType() {
        return eventType;
    }

    public Set<Role> roles() {
        return roles;
    }
}
