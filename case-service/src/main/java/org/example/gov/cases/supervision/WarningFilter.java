package org.example.gov.cases.supervision;

import java.time.Instant;

/** Supervisors' filters over raised warnings; null = any. */
public record WarningFilter(WarningKind kind, String level, String region, String department, String caseId,
        Instant raisedFrom) {
}
