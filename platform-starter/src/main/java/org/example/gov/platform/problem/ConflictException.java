package org.example.gov.platform.problem;

/** 409: the request conflicts with the current state (a duplicate, a stale version). */
public class ConflictException extends PlatformException {

    public ConflictException(String code, String defaultDetail, Object... args) {
        super(409, code, defaultDetail, args);
    }
}
