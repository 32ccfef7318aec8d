package org.example.gov.hotline.ticket.web;

import org.example.gov.hotline.ticket.InvalidTicketException;

/** Reads the ticket version out of an If-Match header ({@code "3"} or {@code W/"3"}); absent → no check. */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(header.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidTicketException("IF_MATCH_INVALID", "If-Match",
                    "If-Match carries the ETag of the ticket as returned (e.g. \"3\")", header);
        }
    }
}
