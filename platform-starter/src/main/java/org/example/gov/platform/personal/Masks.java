package org.example.gov.platform.personal;

/** The masking rules shared by the personal-data types (counted in code points, so 欧阳 is two characters). */
final class Masks {

    private Masks() {
    }

    /** Keeps the first {@code keep} characters and puts one {@code *} in place of each of the others. */
    static String keepFirst(String value, int keep) {
        int length = value.codePointCount(0, value.length());
        if (length <= keep) {
            return value;
        }
        int end = value.offsetByCodePoints(0, keep);
        return value.substring(0, end) + "*".repeat(length - keep);
    }

    static boolean hasControlCharacters(String value) {
        return value.codePoints().anyMatch(Character::isISOControl);
    }
}
