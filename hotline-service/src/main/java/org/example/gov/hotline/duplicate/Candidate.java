package org.example.gov.hotline.duplicate;

import java.time.Instant;

/**
 * An earlier ticket the new one may duplicate: found within the distance ({@code distanceMetres}, null when a ticket
 * has no coordinates) or at the same normalised address ({@code sameAddress}).
 */
public record Candidate(String ticketId, String ticketNumber, String region, Instant receivedAt, Integer distanceMetres,
        boolean sameAddress) {
}
