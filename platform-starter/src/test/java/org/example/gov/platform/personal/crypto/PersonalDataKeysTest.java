package org.example.gov.platform.personal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataKeysTest {

    static final String K1 = Base64.getEncoder().encodeToString(TestKeys.K1);
    static final String K2 = Base64.getEncoder().encodeToString(TestKeys.K2);
    static final String INDEX = Base64.getEncoder().encodeToString(TestKeys.INDEX);

    @Test
    void environmentKeysReadSeveralKeysTheCurrentOneAndTheIndexKey() {
        EnvironmentKeys keys = new EnvironmentKeys("k1:" + K1 + ", k2:" + K2, "k2", INDEX);

        assertThat(keys.currentKeyId()).isEqualTo("k2");
        assertThat(keys.key("k1")).isEqualTo(TestKeys.K1);
        assertThat(keys.indexKey()).isEqualTo(TestKeys.INDEX);
        assertThat(keys.toString()).doesNotContain(K1).doesNotContain(INDEX);
    }

    @Test
    void environmentKeysRefuseMissingShortOrUnknownKeys() {
        assertThatThrownBy(() -> new EnvironmentKeys(null, "k1", INDEX)).hasMessageContaining("PERSONAL_DATA_KEYS");
        assertThatThrownBy(() -> new EnvironmentKeys("k1:" + K1, null, INDEX)).hasMessageContaining("PERSONAL_DATA_CURRENT_KEY");
        assertThatThrownBy(() -> new EnvironmentKeys("k1:" + K1, "k1", null)).hasMessageContaining("PERSONAL_DATA_INDEX_KEY");
        assertThatThrownBy(() -> new EnvironmentKeys("k1:" + Base64.getEncoder().encodeToString(new byte[8]), "k1", INDEX))
                .hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> new EnvironmentKeys("k1:" + K1, "k1", Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new EnvironmentKeys("k1:" + K1, "k2", INDEX)).hasMessageContaining("not among");
        assertThatThrownBy(() -> new EnvironmentKeys(K1, "k1", INDEX)).hasMessageContaining("<keyId>:<base64>");
        assertThatThrownBy(() -> new EnvironmentKeys("k1:not base64!", "k1", INDEX)).hasMessageContaining("base64");
    }

    @Test
    void aKeyFileIsCreatedWithRandomKeysOnFirstUseOnlyReadableByItsOwnerAndReusedAfterwards(@TempDir Path directory)
            throws Exception {
        Path file = directory.resolve("keys/personal-data.properties");

        FileKeys first = new FileKeys(file);
        FileKeys again = new FileKeys(file);

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.currentKeyId()).isEqualTo("k1");
        assertThat(first.key("k1")).hasSize(16).isEqualTo(again.key("k1"));
        assertThat(first.indexKey()).hasSize(32).isEqualTo(again.indexKey());
        assertThat(new FileKeys(directory.resolve("other.properties")).key("k1")).isNotEqualTo(first.key("k1"));
        assertThat(directory.resolve("keys")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aKeyFileCanRotateByAddingAKeyAndMakingItCurrent(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("personal-data.properties");
        PersonalDataCipher before = new PersonalDataCipher(new FileKeys(file));
        String stored = before.encrypt("13812345678");
        Files.writeString(file, Files.readString(file).replace("current=k1", "current=k2") + "key.k2=" + K2 + "\n");

        PersonalDataCipher after = new PersonalDataCipher(new FileKeys(file));

        assertThat(after.needsRotation(stored)).isTrue();
        assertThat(after.decrypt(after.reencrypt(stored))).isEqualTo("13812345678");
    }

    @Test
    void aRunningServiceSeesTheRotatedKeyFileWithinASecondAndKeepsItsKeysWhenTheFileIsBroken(@TempDir Path directory)
            throws Exception {
        Path file = directory.resolve("personal-data.properties");
        FileKeys keys = new FileKeys(file);
        PersonalDataCipher cipher = new PersonalDataCipher(keys);
        String underK1 = cipher.encrypt("13812345678");

        String original = Files.readString(file);
        Files.writeString(file, original.replace("current=k1", "current=k2") + "key.k2=" + K2 + "\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(FileKeys.RECHECK) + 100);

        assertThat(keys.currentKeyId()).isEqualTo("k2");
        assertThat(cipher.keyIdOf(cipher.encrypt("x"))).isEqualTo("k2");
        assertThat(cipher.decrypt(underK1)).as("the old key still reads").isEqualTo("13812345678");

        Files.writeString(file, "current=k9\n"); // a half-written or wrong file
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(FileKeys.RECHECK) + 100);

        assertThat(keys.currentKeyId()).isEqualTo("k2");
        assertThat(cipher.decrypt(underK1)).isEqualTo("13812345678");
    }
}
