package org.example.gov.platform.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FakeIdentitiesTest {

    @Test
    void theSameSeedGivesTheSameIdentities() {
        assertThat(sample(7)).isEqualTo(sample(7)).isNotEqualTo(sample(8));
    }

    @Test
    void fakeIdNumbersPassEveryCheckAndStayInTheDemoRegionsAndYears() {
        FakeIdentities fakes = new FakeIdentities(42);
        IntStream.range(0, 2000).forEach(i -> {
            // constructing the value object re-runs the check character, date and province validation
            IdCardNumber number = new IdCardNumber(fakes.idCardNumber().value());
            assertThat(number.regionCode()).isIn("440300", "440100", "440304");
            assertThat(number.birthDate()).isBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31));
        });
    }

    @Test
    void fakePhoneNumbersAreMobileNumbers() {
        FakeIdentities fakes = new FakeIdentities(42);
        IntStream.range(0, 200).forEach(i -> assertThat(fakes.mobileNumber().value()).matches("1[3-9]\\d{9}"));
    }

    private static List<String> sample(long seed) {
        FakeIdentities fakes = new FakeIdentities(seed);
        return IntStream.range(0, 5).mapToObj(i -> fakes.idCardNumber().value() + "/" + fakes.mobileNumber().value()).toList();
    }
}
