package org.example.gov.cases.query;

import java.time.LocalDate;

/** 结果公示: a decision of a public item, a refusal with its reasons; no personal data. */
public record PublishedResult(String caseNumber, String itemCode, String itemName, String department, String region,
        String decision, LocalDate decidedOn, String refusalReasons) {
}
