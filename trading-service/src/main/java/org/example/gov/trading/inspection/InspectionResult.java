package org.example.gov.trading.inspection;

import java.time.Instant;

/** An inspection's result for one project, published when recorded; {@code by} is the inspector's account (not public). */
public record InspectionResult(InspectionOutcome outcome, String finding, String by, Instant publishedAt) {
}
