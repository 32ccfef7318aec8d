package org.example.gov.catalog.item;

/** 行使层级 with the one-digit code used in the implementation code. */
public enum ExerciseLevel {
    PROVINCE("1"), CITY("2"), COUNTY("3"), TOWN("4"), VILLAGE("5");

    private final String digit;

    ExerciseLevel(String digit) {
        this.digit = digit;
    }

    public String digit() {
        return digit;
    }
}
