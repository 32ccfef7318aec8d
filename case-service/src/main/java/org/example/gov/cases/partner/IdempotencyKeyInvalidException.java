package org.example.gov.cases.partner;

import org.example.gov.platform.problem.PlatformException;

/** 400: a forward without a usable Idempotency-Key; nothing was stored, the partner fixes the request and retries. */
public class IdempotencyKeyInvalidException extends PlatformException {

    public IdempotencyKeyInvalidException(String code, String detail) {
        super(400, code, detail);
        property("header", IdempotencyKey.HEADER);
    }
}
