package org.example.gov.platform.personal.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.personal-data.*}: where the keys come from. {@code key-source} unset means {@code file} in the local
 * profile and {@code environment} everywhere else, so a production service without its key variables refuses to start
 * instead of inventing keys nobody else has.
 *
 * @param keySource {@code file} ({@link FileKeys}) or {@code environment} ({@link EnvironmentKeys})
 * @param keyFile the key file of {@link FileKeys}, relative to the working directory
 */
@ConfigurationProperties("platform.personal-data")
public record PersonalDataProperties(KeySource keySource, Path keyFile) {

    public enum KeySource {
        FILE, ENVIRONMENT
    }

    public PersonalDataProperties {
        keyFile = keyFile == null ? Path.of(".local", "keys", "personal-data.properties") : keyFile;
    }
}
