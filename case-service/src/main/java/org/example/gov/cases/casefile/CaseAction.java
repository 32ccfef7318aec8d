package org.example.gov.cases.casefile;

/** Named transitions; the names are what clients see in {@code allowedActions} and in 409 problems. */
public enum CaseAction {
    SUBMIT("submit"),
    ACCEPT("accept"),
    CLOSE("close"),
    WITHDRAW("withdraw");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
