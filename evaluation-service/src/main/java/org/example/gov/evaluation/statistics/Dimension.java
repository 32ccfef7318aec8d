package org.example.gov.evaluation.statistics;

/** What the statistics are grouped by (DOMAIN.md §5): month, hall, department, item, staff member, channel. */
public enum Dimension {
    MONTH,
    DEPARTMENT,
    HALL,
    ITEM,
    STAFF,
    CHANNEL;

    /** What the public may see: departments and halls, never a staff member (personal data). */
    public boolean isPublic() {
        return this == DEPARTMENT || this == HALL || this == MONTH;
    }
}
