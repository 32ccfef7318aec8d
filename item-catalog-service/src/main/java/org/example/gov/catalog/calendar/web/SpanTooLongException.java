package org.example.gov.catalog.calendar.web;

import org.example.gov.platform.problem.PlatformException;

/**
 * 400: {@code /working-days} was asked about dates too far apart. Counting walks every day between them, and with
 * {@code estimate=true} nothing else stops a 10,000-year range; an anonymous caller must not buy that much CPU.
 */
class SpanTooLongException extends PlatformException {

    static final String CODE = "CALENDAR_SPAN_TOO_LONG";

    SpanTooLongException(int maxYears) {
        super(400, CODE, "from and to may be at most " + maxYears + " years apart", String.valueOf(maxYears));
        property("field", "to");
    }
}
