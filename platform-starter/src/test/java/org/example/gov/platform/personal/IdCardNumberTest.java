package org.example.gov.platform.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    /** The example number of GB 11643-1999 (Beijing Chaoyang, born 1949-12-31, check character X). */
    static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsAValidNumberAndReadsItsBirthDateAndRegion() {
        IdCardNumber number = new IdCardNumber(STANDARD_EXAMPLE);

        assertThat(number.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.regionCode()).isEqualTo("110105");
    }

    @Test
    void normalisesALowerCaseXAndSurroundingSpaces() {
        assertThat(IdCardNumber.of(" 11010519491231002x ")).isEqualTo(new IdCardNumber(STANDARD_EXAMPLE));
    }

    @Test
    void masksAllButTheFirstThreeAndLastFourCharacters() {
        IdCardNumber number = new IdCardNumber(STANDARD_EXAMPLE);

        assertThat(number.masked()).isEqualTo("110***********002X");
        assertThat(number.toString()).isEqualTo("110***********002X");
        assertThat("applicant " + number).doesNotContain(STANDARD_EXAMPLE);
    }

    @Test
    void rejectsAMistypedDigitThroughTheCheckCharacter() {
        assertThatThrownBy(() -> new IdCardNumber("11010519491231003X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check character")
                .message().doesNotContain("110105");
    }

    @Test
    void rejectsWrongLengthLettersImpossibleDatesAndUnknownProvinces() {
        assertThatThrownBy(() -> new IdCardNumber("11010519491231002")).hasMessageContaining("18 characters");
        assertThatThrownBy(() -> new IdCardNumber("1101051949123A002X")).hasMessageContaining("17 digits");
        assertThatThrownBy(() -> new IdCardNumber("110105194912310021Y".substring(1))).hasMessageContaining("digit or X");
        assertThatThrownBy(() -> new IdCardNumber(withCheck("11010519490231002"))).hasMessageContaining("birth date");
        assertThatThrownBy(() -> new IdCardNumber(withCheck("11010518891231002"))).hasMessageContaining("birth date");
        assertThatThrownBy(() -> new IdCardNumber(withCheck("11010521000101002"))).hasMessageContaining("birth date");
        assertThatThrownBy(() -> new IdCardNumber(withCheck("99010519491231002"))).hasMessageContaining("province");
        assertThatThrownBy(() -> new IdCardNumber(null)).hasMessageContaining("missing");
    }

    private static String withCheck(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }
}
