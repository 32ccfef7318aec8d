package org.example.gov.trading.tender.web;

import java.time.Instant;

/** A new bid deadline: required when the deadline passed during the suspension, optional otherwise. */
public record ResumptionRequest(Instant bidDeadline) {
}
