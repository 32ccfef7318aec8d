package org.example.gov.platform.personal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PhoneNumber;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    final BlindIndex index = new BlindIndex(TestKeys.ring("k1", TestKeys.INDEX));

    @Test
    void theSameValueAlwaysHasTheSameIndexWhateverItsSpelling() {
        String indexed = index.of(IdCardNumber.of("11010519491231002X"));

        assertThat(indexed).matches("[0-9a-f]{64}").isEqualTo(index.of(IdCardNumber.of("11010519491231002x")));
        assertThat(index.of(PhoneNumber.of("+86 138 1234 5678"))).isEqualTo(index.of(PhoneNumber.of("13812345678")));
        assertThat(index.of(PhoneNumber.of("13812345678"))).isNotEqualTo(index.of(PhoneNumber.of("13812345679")));
    }

    @Test
    void theIndexDependsOnTheIndexKeyButNotOnTheEncryptionKeys() {
        String indexed = index.of("11010519491231002X");

        assertThat(new BlindIndex(TestKeys.ring("k2", TestKeys.INDEX)).of("11010519491231002X"))
                .as("rotating the SM4 key keeps lookups working").isEqualTo(indexed);
        assertThat(new BlindIndex(TestKeys.ring("k1", TestKeys.bytes(32, 9))).of("11010519491231002X"))
                .as("without the index key nobody computes the index of a guessed number").isNotEqualTo(indexed);
    }
}
