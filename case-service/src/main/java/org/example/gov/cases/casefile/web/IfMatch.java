package org.example.gov.cases.casefile.web;

import org.example.gov.platform.problem.BusinessRuleViolationException;

/** Reads the case version out of an If-Match header ({@code "3"} or {@code W/"3"}); absent → no check. */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolationException("IF_MATCH_INVALID", "If-Match",
                    "If-Match carries the ETag of the case as returned (e.g. \"3\")", header);
        }
    }
}
