package org.example.gov.cases.supervision;

import java.time.Instant;

import org.example.gov.platform.scope.Scope;

/** Supervisors' filters over raised warnings, always within the supervisor's {@code scope}; other fields null = any. */
public record WarningFilter(Scope scope, WarningKind kind, String level, String region, String department,
        String caseId, Instant raisedFrom) {

    public WarningFilter {
        if (scope == null) {
            throw new IllegalArgumentException("warnings are listed within a scope");
        }
    }
}
