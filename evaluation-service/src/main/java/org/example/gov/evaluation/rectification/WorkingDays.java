package org.example.gov.evaluation.rectification;

import java.time.LocalDate;

/** Port: the official working-day calendar (holidays and make-up workdays), owned by item-catalog-service. */
public interface WorkingDays {

    /** The date {@code workingDays} working days after {@code from}. */
    LocalDate addWorkingDays(LocalDate from, int workingDays);
}
