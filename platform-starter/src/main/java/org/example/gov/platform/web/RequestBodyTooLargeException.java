package org.example.gov.platform.web;

import java.io.IOException;

/** A request body longer than the service accepts ({@link RequestBodyLimitFilter}); answered with 413. */
public class RequestBodyTooLargeException extends IOException {

    private final long maxBytes;

    public RequestBodyTooLargeException(long maxBytes) {
        super("The request body exceeds " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
