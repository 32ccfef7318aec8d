package org.example.gov.platform.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The FIPS 180-2 test vectors ("abc", the empty string), and text hashed as UTF-8. */
class Sha256Test {

    @Test
    void knownVectors() {
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.hex("招标")).isEqualTo(Sha256.hex("招标".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
