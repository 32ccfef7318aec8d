package org.example.gov.trading.expert;

import java.time.LocalDate;

/**
 * A penalty on an expert (暂停评标资格, 取消资格...), in force from {@code from} to {@code until} inclusive (Shanghai dates);
 * an expert under a penalty on the draw date is never drawn.
 */
public record Penalty(LocalDate from, LocalDate until, String reason, String basis) {

    public Penalty {
        if (from == null || until == null || until.isBefore(from)) {
            throw new IllegalArgumentException("a penalty runs from a date to the same or a later date");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a penalty states its reason");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
