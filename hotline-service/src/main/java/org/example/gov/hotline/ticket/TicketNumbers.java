package org.example.gov.hotline.ticket;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.example.gov.calendar.ShanghaiDate;

/**
 * Ticket numbers a caller can read out on the phone ({@code RX20250926-K7Q2M9XA}): the intake day and random
 * characters, so numbers cannot be enumerated to find other people's tickets.
 */
public final class TicketNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ShanghaiDate.ZONE);
    private final SecureRandom random = new SecureRandom();

    public String next(Instant now) {
        StringBuilder sb = new StringBuilder("RX").append(DAY.format(now)).append('-');
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
