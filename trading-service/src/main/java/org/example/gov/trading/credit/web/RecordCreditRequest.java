package org.example.gov.trading.credit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.example.gov.trading.credit.SubjectKind;
import org.example.gov.trading.tender.Track;

/**
 * A decision entered as a bad-behaviour record: whose (account or expert pool id; an organisation's name, never a
 * person's), what, on which legal basis, which document of which department of which region, whether it bars
 * participation (in {@code track}, or in every track when absent) and from when until when (inclusive).
 */
public record RecordCreditRequest(@NotNull SubjectKind subjectKind, @NotBlank @Size(max = 100) String subjectId,
        @Size(max = 200) String subjectName, @NotBlank @Size(max = 1000) String misconduct,
        @NotBlank @Size(max = 500) String basis, @NotBlank @Size(max = 100) String decisionRef,
        @NotBlank @Size(max = 100) String department, @NotBlank @Size(max = 6) String region, Track track,
        @NotNull Boolean bars, @NotNull LocalDate from, @NotNull LocalDate until) {
}
