package org.example.gov.cases.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 办件进度 for the applicant without login: the stage, dates and the steps taken, without names of staff or any
 * personal data, so a leaked case number and code reveal nothing but progress. {@code …Provisional}: counted on the
 * weekends-only estimate of a year whose official schedule is not loaded yet.
 */
public record Progress(String caseNumber, String itemName, String department, String status, Instant submittedAt,
        Instant acceptedAt, LocalDate dueDate, Boolean dueDateProvisional, Integer remainingWorkingDays,
        boolean remainingWorkingDaysProvisional, String decision, String deliveryMethod, String bundleApplicationId,
        List<Step> steps) {

    public record Step(String action, Instant at, String location) {
    }
}
