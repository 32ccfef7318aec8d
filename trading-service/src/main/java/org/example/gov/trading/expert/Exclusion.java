package org.example.gov.trading.expert;

/** One expert of a draw's pool snapshot who could not be drawn, and why. */
public record Exclusion(ExpertId expert, ExclusionReason reason) {
}
