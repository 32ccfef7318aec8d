package org.example.gov.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/** A day a region's service halls are closed although it is a working day nationally (闭厅), with the reason. */
public record ClosedDay(String region, LocalDate date, String reason) {

    public static final int MAX_REASON_LENGTH = 200;
    private static final Pattern REGION = Pattern.compile("\\d{6}");

    public ClosedDay {
        Objects.requireNonNull(date, "date");
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region must be a 6-digit region code: " + region);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("reason must be 1-" + MAX_REASON_LENGTH + " characters");
        }
        reason = reason.strip();
    }
}
