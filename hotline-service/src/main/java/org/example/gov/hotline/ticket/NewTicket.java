package org.example.gov.hotline.ticket;

import java.util.List;

/** What intake records: the demand, where, how urgent, who called and whether they stay confidential. */
public record NewTicket(Channel channel, TicketType type, String categoryCode, Location location, Urgency urgency,
        String description, List<Attachment> attachments, Caller caller, boolean confidential) {
}
