package org.example.gov.trading.scoring.web;

import jakarta.validation.constraints.Size;

/**
 * Optional body of the completion: a construction committee rejecting all bids because fewer than 3 are valid
 * (招标投标法 第42条), with its reason. Without it the evaluation completes with its candidates (or fails by itself).
 */
public record CompletionRequest(boolean rejectAll, @Size(max = 500) String reason) {
}
