package org.example.gov.cases.casefile;

import java.time.Instant;

/** 准予 / 不予许可: a refusal always carries its reasons (they are published with the result). */
public record Decision(Outcome outcome, String reasons, String decidedBy, Instant decidedAt) {

    public enum Outcome { APPROVED, REFUSED }
}
