package org.example.gov.hotline.ticket;

import org.example.gov.platform.problem.PlatformException;

/** 400: the ticket as sent cannot be recorded (an unknown category, a bad region code); nothing is stored. */
public class InvalidTicketException extends PlatformException {

    public InvalidTicketException(String code, String field, String defaultDetail, Object... args) {
        super(400, code, defaultDetail, args);
        property("field", field);
    }
}
