package org.example.gov.platform.personal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** The engines PersonalDataCipher and BlindIndex use are the standardised SM4 and SM3, checked on the standards' vectors. */
class ChineseAlgorithmsKnownAnswerTest {

    static final HexFormat HEX = HexFormat.of();

    @Test
    void sm4EncryptsTheGbt32907ExampleBlockToItsPublishedCiphertext() {
        byte[] key = HEX.parseHex("0123456789abcdeffedcba9876543210");
        byte[] plaintext = HEX.parseHex("0123456789abcdeffedcba9876543210");
        SM4Engine sm4 = new SM4Engine();
        sm4.init(true, new KeyParameter(key));
        byte[] ciphertext = new byte[16];

        sm4.processBlock(plaintext, 0, ciphertext, 0);

        assertThat(HEX.formatHex(ciphertext)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @Test
    void sm3HashesAbcToTheGbt32905ExampleDigest() {
        SM3Digest sm3 = new SM3Digest();
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        sm3.update(abc, 0, abc.length);
        byte[] digest = new byte[32];

        sm3.doFinal(digest, 0);

        assertThat(HEX.formatHex(digest)).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }
}
