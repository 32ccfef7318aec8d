package org.example.gov.platform.logging;

import java.util.List;

import ch.qos.logback.classic.PatternLayout;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.util.ClassUtils;

/**
 * Masks ID and mobile numbers in plain-text (pattern) log lines, the format a developer may choose instead of ECS JSON
 * ({@code LOG_FORMAT=}): Logback's message words {@code %m}, {@code %msg} and {@code %message} become
 * {@link MaskingMessageConverter} for every pattern, and {@code %pdWEx} ({@link MaskingThrowableConverter}) is there
 * for the exception word. Runs when the application starts, before Boot configures logging from the environment, so
 * the patterns are built with them. (The JSON formats are masked by {@link PersonalDataJsonLogMasking}.)
 *
 * <p>Logback has no per-application hook for its built-in words that survives Boot's reconfiguration, hence its
 * JVM-wide default map: a JVM runs one service here, and masking is what every pattern in it should do.
 */
public class PlainLogMasking implements ApplicationListener<ApplicationStartingEvent> {

    public static final String THROWABLE_WORD = "pdWEx";
    private static final boolean LOGBACK = ClassUtils.isPresent("ch.qos.logback.classic.PatternLayout",
            PlainLogMasking.class.getClassLoader());

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        if (LOGBACK) {
            Logback.install();
        }
    }

    /** Separate, so that the listener itself loads where Logback is absent. */
    private static final class Logback {

        static synchronized void install() {
            for (String word : List.of("m", "msg", "message")) {
                PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word, MaskingMessageConverter::new);
            }
            PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(THROWABLE_WORD, MaskingThrowableConverter::new);
        }
    }
}
