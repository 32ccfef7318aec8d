package org.example.gov.trading.scoring;

import java.math.BigDecimal;

/**
 * A technical or commercial criterion of comprehensive scoring (评审因素) with its maximum points; the experts give each
 * bid 0..{@code maxPoints}, 2 decimals at most.
 *
 * @param code a short stable code the scores refer to (T1, B2, ...)
 */
public record Criterion(String code, String name, Kind kind, BigDecimal maxPoints) {

    public enum Kind { TECHNICAL, COMMERCIAL }
}
