package org.example.gov.platform.problem;

/** 404: the addressed resource does not exist (or the caller may not know that it exists). */
public class NotFoundException extends PlatformException {

    public NotFoundException(String code, String defaultDetail, Object... args) {
        super(404, code, defaultDetail, args);
    }
}
