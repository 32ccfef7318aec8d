package org.example.gov.cases.casefile;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Case numbers people can read out on the phone ({@code 20251010-K7Q2M9XA}) and the query code printed on
 * the receipt. Both random so that numbers cannot be enumerated to look at other people's cases.
 */
final class CaseNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private final SecureRandom random = new SecureRandom();

    String next(Instant now) {
        return DAY.format(now) + "-" + randomChars(8);
    }

    String queryCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    private String randomChars(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
