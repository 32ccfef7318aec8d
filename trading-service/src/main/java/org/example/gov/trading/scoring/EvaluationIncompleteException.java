package org.example.gov.trading.scoring;

import java.util.List;

import org.example.gov.platform.problem.ConflictException;

/** 409 EVALUATION_INCOMPLETE: what is still missing before the evaluation can be completed, in {@code missing}. */
public class EvaluationIncompleteException extends ConflictException {

    private final List<String> missing;

    public EvaluationIncompleteException(List<String> missing) {
        super("EVALUATION_INCOMPLETE", "The evaluation cannot be completed yet; missing: " + missing,
                missing.size(), String.join("; ", missing.subList(0, Math.min(10, missing.size()))));
        this.missing = List.copyOf(missing);
        property("missing", this.missing);
    }

    public List<String> missing() {
        return missing;
    }
}
