package org.example.gov.cases.query;

import java.time.LocalDate;

import org.example.gov.cases.casefile.CaseStatus;

/** Work-list filters; null = any. {@code applicantId}/{@code partnerId} scope the list to one owner. */
public record CaseFilter(String department, CaseStatus status, String itemCode, String region, LocalDate dueBefore,
        String warningLevel, String applicantId, String partnerId, boolean openOnly) {
}
