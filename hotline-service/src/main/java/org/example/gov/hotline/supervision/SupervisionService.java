package org.example.gov.hotline.supervision;

import org.example.gov.hotline.ticket.TicketId;
import org.example.gov.hotline.ticket.TicketService;
import org.springframework.stereotype.Service;

/**
 * 督办: reminds departments that have not signed within the window (催办, the ticket put under supervision), flags
 * tickets whose handling clock ran out (overdue, once per clock) and warns of deadlines drawing near (临期, once per
 * deadline; overdue first, so a ticket found late is never warned of approaching). Each ticket is changed in a short transaction of
 * its own holding its row lock, so a scan never races a person's step and replicas may scan at once.
 */
@Service
public class SupervisionService {

    static final int BATCH = 200;

    private final TicketService tickets;

    public SupervisionService(TicketService tickets) {
        this.tickets = tickets;
    }

    /** @return how many tickets were reminded or flagged */
    public int scan() {
        int changed = 0;
        for (TicketId id : tickets.unsignedPastWindow(BATCH)) {
            changed += tickets.remindToSignIfLate(id) ? 1 : 0;
        }
        for (TicketId id : tickets.overdueUnflagged(BATCH)) {
            changed += tickets.markOverdueIfLate(id) ? 1 : 0;
        }
        for (TicketId id : tickets.approachingUnwarned(BATCH)) {
            changed += tickets.warnIfApproaching(id) ? 1 : 0;
        }
        return changed;
    }
}
