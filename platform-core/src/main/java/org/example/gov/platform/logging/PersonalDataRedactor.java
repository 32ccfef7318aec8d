package org.example.gov.platform.logging;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Masks what looks like a resident ID number or a mainland mobile number in free text (a log message, an exception
 * message, a stack trace), in the same shapes as the personal-data types: {@code 440***********123X},
 * {@code 138****5678}. A safety net for the cases where code logs a raw string; the typed values already log masked.
 *
 * <ul>
 * <li>18-character ID: 17 digits and a digit or X, not inside a longer run of digits (19-digit snowflake ids and
 * nanosecond timestamps stay as they are).
 * <li>15-digit ID of the first generation: only when digits 9-12 read as a month and a day, to spare other numbers.
 * <li>Mobile: {@code 1[3-9]} and 9 digits, optionally after {@code +86}/{@code 0086}/{@code 86} and with the usual
 * spaces or hyphens ({@code 138 1234 5678}), not inside a longer run of digits.
 * </ul>
 */
public final class PersonalDataRedactor {

    private static final Pattern ID_18 = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    private static final Pattern ID_15 = Pattern.compile(
            "(?<![0-9])[0-9]{8}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+|00)?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])");

    private PersonalDataRedactor() {
    }

    /** The text with every ID and mobile number masked; the same instance when there was nothing to mask. */
    public static String redact(String text) {
        if (text == null || !mayHoldNumbers(text)) {
            return text;
        }
        String redacted = ID_18.matcher(text).replaceAll(match -> keepEnds(match, 3, 4));
        redacted = ID_15.matcher(redacted).replaceAll(match -> keepEnds(match, 3, 4));
        return MOBILE.matcher(redacted).replaceAll(PersonalDataRedactor::maskMobile);
    }

    /** Cheap pre-check: every pattern holds 4 digits in a row, which most log lines do not. */
    private static boolean mayHoldNumbers(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static String keepEnds(MatchResult match, int first, int last) {
        String number = match.group();
        return number.substring(0, first) + "*".repeat(number.length() - first - last) + number.substring(number.length() - last);
    }

    /** Keeps the prefix, the first 3 and the last 4 digits of the mobile number, and the separators. */
    private static String maskMobile(MatchResult match) {
        String number = match.group();
        int mobileStart = number.length();
        // the mobile number proper: the last 11 digits of the match
        for (int i = number.length() - 1, digits = 0; i >= 0 && digits < 11; i--) {
            if (Character.isDigit(number.charAt(i))) {
                digits++;
                mobileStart = i;
            }
        }
        StringBuilder masked = new StringBuilder(number.length()).append(number, 0, mobileStart);
        for (int i = mobileStart, digit = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isDigit(c)) {
                masked.append(digit >= 3 && digit < 7 ? '*' : c);
                digit++;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
