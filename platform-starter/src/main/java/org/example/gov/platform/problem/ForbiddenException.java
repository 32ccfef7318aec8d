package org.example.gov.platform.problem;

/**
 * 403 with a stable code: the caller holds the role but the object's rule says no (a region outside their reach that
 * they named themselves, the four-eyes rule). Where answering would confirm that a hidden object exists, answer
 * {@link NotFoundException} instead (ENGINEERING.md §9). Plain Java, so domain objects throw it.
 */
public class ForbiddenException extends PlatformException {

    public ForbiddenException(String code, String field, String defaultDetail, Object... args) {
        super(403, code, defaultDetail, args);
        if (field != null) {
            property("field", field);
        }
    }
}
