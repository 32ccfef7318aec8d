package org.example.gov.hotline.ticket;

import java.util.List;

/**
 * What intake records: the demand, where, how urgent, who called and whether they stay confidential. {@code newFacts}
 * false: the caller says nothing new about a matter they called about before (重复件 if it was closed recently).
 */
public record NewTicket(Channel channel, TicketType type, String categoryCode, Location location, Urgency urgency,
        String description, List<Attachment> attachments, Caller caller, boolean confidential, boolean newFacts,
        String caseNumber) {

    /** A ticket about no case. */
    public NewTicket(Channel channel, TicketType type, String categoryCode, Location location, Urgency urgency,
            String description, List<Attachment> attachments, Caller caller, boolean confidential, boolean newFacts) {
        this(channel, type, categoryCode, location, urgency, description, attachments, caller, confidential, newFacts,
                null);
    }
}
