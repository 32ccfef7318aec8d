package org.example.gov.platform.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonNameAndAddressTest {

    @Test
    void aNameShowsItsSurnameAndOneStarPerOtherCharacter() {
        assertThat(PersonName.of("张三").masked()).isEqualTo("张*");
        assertThat(PersonName.of("张三丰")).hasToString("张**");
        assertThat(PersonName.of("欧阳娜娜").masked()).isEqualTo("欧阳**");
        assertThat(PersonName.of("欧阳").masked()).isEqualTo("欧*");
        assertThat(PersonName.of("买买提·艾力").masked()).isEqualTo("买*****");
        assertThat(PersonName.of(" John Smith ").masked()).isEqualTo("J*********");
        assertThat(PersonName.of("𠀋一").masked()).as("counted in code points").isEqualTo("𠀋*");
    }

    @Test
    void aNameIsNotBlankNorTooLong() {
        assertThatThrownBy(() -> PersonName.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonName.of("张".repeat(101))).hasMessageContaining("100");
        assertThatThrownBy(() -> PersonName.of("张\n三")).hasMessageContaining("control");
        assertThat(PersonName.of("张".repeat(100)).value()).hasSize(100);
    }

    @Test
    void anAddressShowsItsFirstSixCharacters() {
        Address address = Address.of("广东省深圳市南山区粤海街道科技园路1号");

        assertThat(address.masked()).isEqualTo("广东省深圳市" + "*".repeat(13));
        assertThat(address).hasToString(address.masked());
        assertThat(Address.of("深圳市南山区").masked()).isEqualTo("深圳市南山区");
        assertThatThrownBy(() -> Address.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
