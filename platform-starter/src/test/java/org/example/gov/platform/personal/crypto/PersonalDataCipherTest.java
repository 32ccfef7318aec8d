package org.example.gov.platform.personal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    static final String ID_NUMBER = "11010519491231002X";

    final PersonalDataCipher underK1 = new PersonalDataCipher(TestKeys.ring("k1", TestKeys.INDEX));
    final PersonalDataCipher underK2 = new PersonalDataCipher(TestKeys.ring("k2", TestKeys.INDEX));

    @Test
    void aValueComesBackFromItsStoredTextWhichCarriesTheKeyIdAndFitsAVarchar() {
        String stored = underK1.encrypt(ID_NUMBER);

        assertThat(stored).startsWith("v1:k1:").doesNotContain(ID_NUMBER).hasSizeLessThan(80).matches("[ -~]+");
        assertThat(underK1.decrypt(stored)).isEqualTo(ID_NUMBER);
        assertThat(underK1.decrypt(underK1.encrypt("广东省深圳市南山区"))).isEqualTo("广东省深圳市南山区");
        assertThat(underK1.encrypt(null)).isNull();
        assertThat(underK1.decrypt(null)).isNull();
    }

    @Test
    void twoEncryptionsOfTheSameValueDiffer() {
        assertThat(underK1.encrypt(ID_NUMBER)).isNotEqualTo(underK1.encrypt(ID_NUMBER));
    }

    @Test
    void aTamperedCiphertextFailsInsteadOfDecryptingToSomethingElse() {
        String stored = underK1.encrypt(ID_NUMBER);
        byte[] bytes = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));
        bytes[bytes.length - 20] ^= 1;
        String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> underK1.decrypt(tampered)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authentication");
    }

    @Test
    void aCiphertextRelabelledWithAnotherKeyIdFails() {
        String relabelled = underK1.encrypt(ID_NUMBER).replace("v1:k1:", "v1:k2:");

        assertThatThrownBy(() -> underK1.decrypt(relabelled)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueUnderTheOldKeyStillDecryptsAfterRotationAndReencryptMovesItToTheNewKey() {
        String underOldKey = underK1.encrypt(ID_NUMBER);

        assertThat(underK2.needsRotation(underOldKey)).isTrue();
        assertThat(underK2.decrypt(underOldKey)).isEqualTo(ID_NUMBER);

        String rotated = underK2.reencrypt(underOldKey);

        assertThat(underK2.keyIdOf(rotated)).isEqualTo("k2");
        assertThat(underK2.needsRotation(rotated)).isFalse();
        assertThat(underK2.decrypt(rotated)).isEqualTo(ID_NUMBER);
    }

    @Test
    void aValueUnderAKeyThatWasDroppedNamesTheMissingKeyId() {
        String underK2Only = underK2.encrypt(ID_NUMBER);
        PersonalDataCipher withoutK2 = new PersonalDataCipher(new KeyRing(java.util.Map.of("k1", TestKeys.K1), "k1", TestKeys.INDEX));

        assertThatThrownBy(() -> withoutK2.decrypt(underK2Only)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k2");
    }

    @Test
    void textThatIsNotACiphertextIsRefused() {
        assertThatThrownBy(() -> underK1.decrypt(ID_NUMBER)).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(ID_NUMBER);
        assertThatThrownBy(() -> underK1.decrypt("v1:k1:AAAA")).hasMessageContaining("too short");
    }
}
