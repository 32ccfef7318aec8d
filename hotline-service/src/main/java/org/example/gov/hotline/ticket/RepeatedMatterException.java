package org.example.gov.hotline.ticket;

import org.example.gov.platform.problem.PlatformException;

/**
 * 422: the caller's matter was closed recently and they bring nothing new (重复件, not accepted). The answer carries the
 * previous ticket's number and its reply so the agent can read it out again; nothing is stored.
 */
public class RepeatedMatterException extends PlatformException {

    public RepeatedMatterException(String previousNumber, String previousReply) {
        super(422, "REPEATED_MATTER", "The same matter was closed as ticket " + previousNumber
                + " and nothing new is reported: the previous answer stands", previousNumber);
        property("previousTicketNumber", previousNumber);
        property("previousReply", previousReply);
    }
}
