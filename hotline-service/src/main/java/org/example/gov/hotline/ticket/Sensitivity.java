package org.example.gov.hotline.ticket;

import java.time.Instant;

/** 敏感件: the centre flagged the ticket as sensitive (media attention, mass complaint, safety), with its reason. */
public record Sensitivity(String reason, String flaggedBy, Instant flaggedAt) {
}
