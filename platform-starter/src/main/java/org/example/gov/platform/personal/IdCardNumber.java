package org.example.gov.platform.personal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit
 * sequence and the ISO 7064 MOD 11-2 check character ({@code X} stands for 10). Only valid numbers exist as values,
 * so code that holds one never re-checks it.
 *
 * <p>{@link #toString()} and JSON give the masked form ({@code 440***********123X}): concatenating, logging or returning
 * it in a response never leaks the number. {@link #value()} is the full number: use it only to encrypt it, to compute
 * its blind index, or for a full read that is audited.
 *
 * @param value the full number, upper-case {@code X}
 */
public record IdCardNumber(String value) {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
    /** GB/T 2260 province-level codes, plus 81/82/83 of the Hong Kong, Macao and Taiwan residence permits. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82", "83");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Normalises (trims, upper-case {@code X}) and validates; messages never repeat the number. */
    public IdCardNumber {
        if (value == null) {
            throw new IllegalArgumentException("ID card number is missing");
        }
        value = value.strip().replace('x', 'X');
        if (value.length() != 18) {
            throw new IllegalArgumentException("ID card number must have 18 characters, not " + value.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                throw new IllegalArgumentException("ID card number must start with 17 digits");
            }
        }
        char last = value.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            throw new IllegalArgumentException("ID card number must end with a digit or X");
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw new IllegalArgumentException("ID card number does not start with a known province code");
        }
        birthDateOf(value);
        if (checkCharacter(value.substring(0, 17)) != last) {
            throw new IllegalArgumentException("ID card number check character does not match (mistyped digit?)");
        }
    }

    /** For JSON request bodies and form input: the full number in, a validated value out. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IdCardNumber of(String value) {
        return new IdCardNumber(value);
    }

    /** First 3 and last 4 characters, the 11 in between as {@code *}: {@code 440***********123X}. */
    @JsonValue
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The 6-digit administrative region code of the place of first registration. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return masked();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits (also used by {@link FakeIdentities}). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static LocalDate birthDateOf(String value) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ID card number does not hold a valid birth date");
        }
        if (date.getYear() < 1900 || date.isAfter(LocalDate.now(CHINA))) {
            throw new IllegalArgumentException("ID card number holds an impossible birth date");
        }
        return date;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
