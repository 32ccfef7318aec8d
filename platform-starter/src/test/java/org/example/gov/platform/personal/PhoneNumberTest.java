package org.example.gov.platform.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void aMobileNumberIsNormalisedAndMaskedInTheMiddle() {
        PhoneNumber phone = PhoneNumber.of("+86 138-1234-5678");

        assertThat(phone.value()).isEqualTo("13812345678");
        assertThat(phone.isMobile()).isTrue();
        assertThat(phone.masked()).isEqualTo("138****5678");
        assertThat(phone).hasToString("138****5678");
        assertThat(PhoneNumber.of("008613812345678")).isEqualTo(phone);
    }

    @Test
    void aLandlineKeepsItsAreaCode() {
        assertThat(PhoneNumber.of("0755 12345678").value()).isEqualTo("0755-12345678");
        assertThat(PhoneNumber.of("010-87654321").value()).isEqualTo("010-87654321");
        assertThat(PhoneNumber.of("02012345678").value()).isEqualTo("020-12345678");
        assertThat(PhoneNumber.of("0755-12345678").masked()).isEqualTo("0755-****5678");
        assertThat(PhoneNumber.of("0755-12345678").isMobile()).isFalse();
    }

    @Test
    void rejectsWhatIsNeitherAMobileNorALandline() {
        assertThatThrownBy(() -> PhoneNumber.of("12812345678")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("12812345678");
        assertThatThrownBy(() -> PhoneNumber.of("1381234567")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.of("138123456789")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.of("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
