package org.example.gov.trading.inspection;

import org.example.gov.platform.problem.BusinessRuleViolationException;

/**
 * 422 INSPECTOR_LIST_TOO_SMALL: after the recusals, fewer inspectors free for a drawn project than it needs. The
 * problem carries the project, {@code eligible}, {@code needed} and {@code listSize}; the plan is never drawn with
 * fewer inspectors.
 */
public class InspectorListTooSmallException extends BusinessRuleViolationException {

    public InspectorListTooSmallException(String projectId, int eligible, int needed, int listSize) {
        super("INSPECTOR_LIST_TOO_SMALL", "inspectorsPerProject", "Only " + eligible + " of the " + listSize
                + " listed inspectors are free for project " + projectId + ", which needs " + needed
                + ": the plan cannot be drawn", projectId, eligible, needed, listSize);
        property("projectId", projectId);
        property("eligible", eligible);
        property("needed", needed);
        property("listSize", listSize);
    }
}
