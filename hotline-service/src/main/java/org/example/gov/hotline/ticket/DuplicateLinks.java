package org.example.gov.hotline.ticket;

import java.util.Optional;

/**
 * 重复件 (c) as the centre decided it: the master ticket a ticket was confirmed to be the same matter as. Implemented
 * by the duplicate-suggestion capability; the ticket capability only asks (dispatch refuses a confirmed duplicate).
 */
public interface DuplicateLinks {

    /** The id of the master this ticket was confirmed a duplicate of, if any. */
    Optional<String> confirmedMasterOf(TicketId ticket);
}
