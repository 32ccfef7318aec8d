package org.example.gov.cases.casefile;

import java.time.LocalDate;

/** 特别程序: hearing, testing, appraisal or expert review; the clock is stopped from start to end. */
public record SpecialProcedure(Type type, String reason, LocalDate startedOn, LocalDate endedOn, String result,
        int pausedWorkingDays) {

    public enum Type { HEARING, TESTING, APPRAISAL, EXPERT_REVIEW }

    boolean running() {
        return endedOn == null;
    }

    SpecialProcedure end(LocalDate on, String outcome, int paused) {
        return new SpecialProcedure(type, reason, startedOn, on, outcome, paused);
    }

    /** The same procedure with its paused working days counted again (on a newer calendar). */
    SpecialProcedure recounted(int paused) {
        return new SpecialProcedure(type, reason, startedOn, endedOn, result, paused);
    }
}
