package org.example.gov.platform.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Boot's {@code %wEx} (the stack trace after a blank line) with ID and mobile numbers masked: exception messages often
 * quote the input that failed. The conversion word {@code %pdWEx} is Boot's default pattern's exception word for every
 * service ({@code logging.exception-conversion-word} in platform-defaults.properties).
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return PersonalDataRedactor.redact(super.throwableProxyToString(throwable));
    }
}
