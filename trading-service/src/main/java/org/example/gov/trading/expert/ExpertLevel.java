package org.example.gov.trading.expert;

/** An expert's professional title level (职称), as the pool records it. */
public enum ExpertLevel {
    /** 正高级. */
    SENIOR,
    /** 副高级. */
    DEPUTY_SENIOR,
    /** 中级 (with the years of practice the province's rules ask for). */
    INTERMEDIATE
}
