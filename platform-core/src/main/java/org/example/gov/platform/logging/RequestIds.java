package org.example.gov.platform.logging;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id a caller may choose ({@code X-Request-Id}), as the gateway and every service accept it: it ends up
 * in every log line of the request and in the audit trail's {@code request_id} column, so an attacker-chosen string is
 * never taken verbatim. Only short token-like ids are kept, and none that reads as an ID card or phone number (the
 * logs would mask it, the audit table would not); anything else is replaced by a fresh UUID.
 */
public final class RequestIds {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static String acceptOrNew(String incoming) {
        boolean acceptable = incoming != null && SAFE.matcher(incoming).matches()
                && PersonalDataRedactor.redact(incoming).equals(incoming);
        return acceptable ? incoming : UUID.randomUUID().toString();
    }
}
