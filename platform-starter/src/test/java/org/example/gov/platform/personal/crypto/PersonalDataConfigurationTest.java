package org.example.gov.platform.personal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PersonalDataConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PersonalDataConfiguration.class));

    @Test
    void aServiceThatNeverUsesPersonalDataStartsWithoutAnyKey() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(PersonalDataCipher.class);
            // the moment a bean needs the cipher, the missing key stops it
            assertThatThrownBy(() -> context.getBean(PersonalDataCipher.class)).rootCause()
                    .hasMessageContaining("PERSONAL_DATA_KEYS");
        });
    }

    @Test
    void outsideTheLocalProfileKeysComeFromTheEnvironment() {
        String key = Base64.getEncoder().encodeToString(TestKeys.K1);
        String index = Base64.getEncoder().encodeToString(TestKeys.INDEX);
        runner.withPropertyValues("PERSONAL_DATA_KEYS=k1:" + key, "PERSONAL_DATA_CURRENT_KEY=k1", "PERSONAL_DATA_INDEX_KEY=" + index)
                .run(context -> {
                    assertThat(context.getBean(PersonalDataKeys.class)).isInstanceOf(EnvironmentKeys.class);
                    PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
                    assertThat(cipher.decrypt(cipher.encrypt("13812345678"))).isEqualTo("13812345678");
                    assertThat(context.getBean(BlindIndex.class).of("13812345678"))
                            .isEqualTo(new BlindIndex(TestKeys.ring("k1", TestKeys.INDEX)).of("13812345678"));
                });
    }

    @Test
    void theLocalProfileUsesTheKeyFile(@TempDir Path directory) {
        Path file = directory.resolve("personal-data.properties");
        runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("local"))
                .withPropertyValues("platform.personal-data.key-file=" + file).run(context -> {
            assertThat(context.getBean(PersonalDataKeys.class)).isInstanceOf(FileKeys.class);
            assertThat(file).exists();
        });
    }
}
