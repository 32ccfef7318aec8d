package org.example.gov.hotline.knowledge;

import org.example.gov.platform.problem.PlatformException;

/** 400: the article as sent cannot be stored (an unknown category, a bad region code); nothing is stored. */
public class InvalidArticleException extends PlatformException {

    public InvalidArticleException(String code, String field, String defaultDetail, Object... args) {
        super(400, code, defaultDetail, args);
        property("field", field);
    }
}
