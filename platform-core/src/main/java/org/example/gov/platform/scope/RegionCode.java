package org.example.gov.platform.scope;

import java.util.Optional;

/**
 * An administrative division by its GB/T 2260 code: {@code 440000} 广东省 (province), {@code 440300} 深圳市 (city),
 * {@code 440304} 福田区 (county/district). The hierarchy is the code's own structure, which is how the standard assigns
 * codes: a city keeps its province's first two digits, a county its city's first four. (Counties directly under a
 * province, 省直辖县级行政区 such as 429004, sit under a pseudo-city 4290 and so still under their province.)
 */
public record RegionCode(String value) {

    public enum Level {
        PROVINCE, CITY, COUNTY
    }

    public RegionCode {
        if (value == null || !value.matches("[1-9]\\d{5}")) {
            throw new IllegalArgumentException("not a GB/T 2260 region code: " + value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** A code, or empty for null, blank or malformed input (a token with a bad region claim reaches nothing). */
    public static Optional<RegionCode> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(new RegionCode(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Level level() {
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith("00") ? Level.CITY : Level.COUNTY;
    }

    /** The enclosing division: county → city, city → province, province → none. */
    public Optional<RegionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case CITY -> Optional.of(new RegionCode(value.substring(0, 2) + "0000"));
            case COUNTY -> Optional.of(new RegionCode(value.substring(0, 4) + "00"));
        };
    }

    /** This division and every one below it share this prefix ({@code 44}, {@code 4403}, {@code 440304}). */
    public String prefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case CITY -> value.substring(0, 4);
            case COUNTY -> value;
        };
    }

    /** True if {@code other} is this division or lies below it. */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(prefix());
    }

    @Override
    public String toString() {
        return value;
    }
}
