package org.example.gov.platform.personal.crypto;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.example.gov.platform.personal.crypto.PersonalDataProperties.KeySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The personal-data cipher, blind index and their keys. All lazy: a service that never injects them reads no key and
 * needs no key variables; one that does (a repository of applicants) gets them when it is created, at start-up, so
 * a missing or short key stops the start instead of the first request.
 */
@AutoConfiguration
@ConditionalOnClass(SM4Engine.class)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataConfiguration.class);

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    PersonalDataKeys personalDataKeys(PersonalDataProperties properties, Environment environment) {
        KeySource source = properties.keySource() != null ? properties.keySource()
                : environment.matchesProfiles("local") ? KeySource.FILE : KeySource.ENVIRONMENT;
        if (source == KeySource.FILE) {
            FileKeys keys = new FileKeys(properties.keyFile());
            log.info("Personal data encrypted with the local key file {} (current key {})", keys.file(), keys.currentKeyId());
            return keys;
        }
        EnvironmentKeys keys = new EnvironmentKeys(environment.getProperty(EnvironmentKeys.KEYS),
                environment.getProperty(EnvironmentKeys.CURRENT_KEY), environment.getProperty(EnvironmentKeys.INDEX_KEY));
        log.info("Personal data encrypted with keys from the environment (current key {})", keys.currentKeyId());
        return keys;
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    PersonalDataCipher personalDataCipher(PersonalDataKeys keys) {
        return new PersonalDataCipher(keys);
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    BlindIndex blindIndex(PersonalDataKeys keys) {
        return new BlindIndex(keys);
    }
}
