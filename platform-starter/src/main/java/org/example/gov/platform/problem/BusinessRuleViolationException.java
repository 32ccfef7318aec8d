package org.example.gov.platform.problem;

/** 422: the request is well-formed but breaks a business rule; names the field when one is at fault. */
public class BusinessRuleViolationException extends PlatformException {

    public BusinessRuleViolationException(String code, String field, String defaultDetail, Object... args) {
        super(422, code, defaultDetail, args);
        if (field != null) {
            property("field", field);
        }
    }
}
