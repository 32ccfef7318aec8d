package org.example.gov.platform.problem;

import java.util.List;

/**
 * 409: a business transition that the current state does not allow. The problem lists the transitions
 * that are allowed now, so a client can offer the right buttons instead of guessing.
 */
public class IllegalTransitionException extends PlatformException {

    private final String state;
    private final String attempted;
    private final List<String> allowed;

    public IllegalTransitionException(String state, String attempted, List<String> allowed) {
        super(409, "ILLEGAL_TRANSITION",
                "'" + attempted + "' is not allowed in state " + state + "; allowed: " + allowed,
                attempted, state, String.join(", ", allowed));
        this.state = state;
        this.attempted = attempted;
        this.allowed = List.copyOf(allowed);
        property("state", state);
        property("attempted", attempted);
        property("allowed", this.allowed);
    }

    public String state() {
        return state;
    }

    public String attempted() {
        return attempted;
    }

    public List<String> allowed() {
        return allowed;
    }
}
