package org.example.gov.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.platform.personal.FakeIdentities;
import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MarkerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Through the real logging system as a service configures it (SpringApplication + platform-defaults): a raw ID and
 * mobile number in a message and in an exception reach the console only masked, in ECS JSON and in plain text.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

    private static final Logger log = LoggerFactory.getLogger(LogMaskingTest.class);

    final FakeIdentities fakes = new FakeIdentities(2024);
    final IdCardNumber id = fakes.idCardNumber();
    final PhoneNumber phone = fakes.mobileNumber();

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }

    @Test
    void theDefaultEcsJsonShowsOnlyMaskedNumbersInMessagesAndStackTraces(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start()) {
            logPersonalData();
        }

        String logged = output.getOut() + output.getErr();
        assertThat(logged).contains("\"ecs\"").contains("\"stack_trace\"");
        assertMaskedOnly(logged);
    }

    @Test
    void plainTextLinesShowOnlyMaskedNumbersToo(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("--logging.structured.format.console=")) {
            logPersonalData();
        }

        String logged = output.getOut() + output.getErr();
        assertThat(logged).doesNotContain("\"ecs\"").contains("at org.example.gov.platform.logging.LogMaskingTest");
        assertMaskedOnly(logged);
    }

    @Test
    void aLineWithAnArrayInItsJsonIsWrittenNotDropped(CapturedOutput output) {
        // markers become the ECS "tags" array, whose elements have no field name: the masking once threw on them and
        // logback dropped the whole line (Kafka's and Flyway's start-up warnings among them)
        try (ConfigurableApplicationContext app = start()) {
            log.warn(MarkerFactory.getMarker("SECURITY"), "Marked line for applicant {}", phone.value());
        }

        String logged = output.getOut() + output.getErr();
        assertThat(logged).contains("Marked line for applicant " + phone.masked()).contains("SECURITY")
                .doesNotContain("failed to append").doesNotContain(phone.value());
    }

    private ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE)
                .properties("spring.application.name=log-masking-test").run(args);
    }

    private void logPersonalData() {
        // raw strings, as careless code would log them (the types themselves already log masked)
        log.warn("Applicant {} gave phone {}", id.value(), phone.value());
        log.error("Could not register the applicant", new IllegalArgumentException(
                "duplicate applicant " + id.value() + " / " + phone.value()));
    }

    private void assertMaskedOnly(String logged) {
        assertThat(logged).contains("Applicant " + id.masked() + " gave phone " + phone.masked())
                .contains("duplicate applicant " + id.masked() + " / " + phone.masked())
                .doesNotContain(id.value())
                .doesNotContain(phone.value());
    }
}
