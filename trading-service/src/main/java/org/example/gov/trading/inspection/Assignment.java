package org.example.gov.trading.inspection;

import java.util.List;

/**
 * A drawn project with the inspectors drawn for it (accounts, in draw order) and those recused from it; {@code result}
 * null until the inspectors publish it.
 */
public record Assignment(String projectId, String title, List<String> inspectors, List<String> departments,
        List<Recusal> recusals, InspectionResult result) {

    public Assignment {
        inspectors = List.copyOf(inspectors);
        departments = List.copyOf(departments);
        recusals = List.copyOf(recusals);
    }

    Assignment withResult(InspectionResult r) {
        return new Assignment(projectId, title, inspectors, departments, recusals, r);
    }
}
