package org.example.gov.cases.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 办件进度 for the applicant without login: the stage, dates and the steps taken, without names of staff or any
 * personal data, so a leaked case number and code reveal nothing but progress.
 */
public record Progress(String caseNumber, String itemName, String department, String status, Instant submittedAt,
        Instant acceptedAt, LocalDate dueDate, Integer remainingWorkingDays, String decision, String deliveryMethod,
        String bundleApplicationId, List<Step> steps) {

    public record Step(String action, Instant at, String location) {
    }
}
