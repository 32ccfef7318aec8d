package org.example.gov.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %m}/{@code %msg}/{@code %message} with ID and mobile numbers masked (plain-text log lines). */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataRedactor.redact(super.convert(event));
    }
}
