package org.example.gov.trading.inspection;

/** An inspector kept off one drawn project, and why. */
public record Recusal(String account, RecusalReason reason) {
}
