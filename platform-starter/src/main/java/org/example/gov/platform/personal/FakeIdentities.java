package org.example.gov.platform.personal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * FAKE identity data for demo seeders and tests: ID card numbers that pass every check {@link IdCardNumber} makes
 * (Shenzhen/Guangzhou region codes 440300, 440100, 440304; birth dates 1950-2005; a valid check character) and
 * mobile numbers of the usual shape. The same seed gives the same sequence, so a demo looks the same at every start.
 *
 * <p>They are random, not anyone's: a generated number may by chance coincide with a real person's, so never use them
 * to contact anyone or outside demo and test data. Not thread-safe (one instance per seeder).
 */
public final class FakeIdentities {

    private static final List<String> REGIONS = List.of("440300", "440100", "440304");
    private static final List<String> MOBILE_PREFIXES = List.of("138", "139", "135", "150", "186", "187", "199", "177");
    private static final long FIRST_BIRTH_DAY = LocalDate.of(1950, 1, 1).toEpochDay();
    private static final long LAST_BIRTH_DAY = LocalDate.of(2005, 12, 31).toEpochDay();

    private final SplittableRandom random;

    public FakeIdentities(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public IdCardNumber idCardNumber() {
        LocalDate birth = LocalDate.ofEpochDay(random.nextLong(FIRST_BIRTH_DAY, LAST_BIRTH_DAY + 1));
        String first17 = REGIONS.get(random.nextInt(REGIONS.size()))
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", random.nextInt(1000));
        return new IdCardNumber(first17 + IdCardNumber.checkCharacter(first17));
    }

    public PhoneNumber mobileNumber() {
        return new PhoneNumber(MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()))
                + String.format("%08d", random.nextInt(100_000_000)));
    }
}
