package org.example.gov.hotline.ticket;

import java.time.Clock;

import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.springframework.stereotype.Service;

/**
 * Work lists: the centre and supervisors see the tickets of their region and below, departments the ones they lead
 * or assist, a caller their own.
 */
@Service
public class TicketQueryService {

    public static final int MAX_PAGE_SIZE = 200;

    private final TicketQueryRepository queries;
    private final Clock clock;

    public TicketQueryService(TicketQueryRepository queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Page<TicketSummary> list(Actor actor, TicketStatus status, TicketType type, Boolean overdue, int page,
            int size) {
        return list(actor, status, type, overdue, null, page, size);
    }

    /** The same, also by the sensitive flag (敏感件) supervisors watch. */
    public Page<TicketSummary> list(Actor actor, TicketStatus status, TicketType type, Boolean overdue,
            Boolean sensitive, int page, int size) {
        boolean staff = ScopePolicy.actsAsStaff(actor, TicketService.READERS);
        TicketFilter filter = new TicketFilter(staff ? ScopePolicy.of(actor, TicketService.READERS) : null,
                staff ? null : actor.id(), status, type, overdue, sensitive);
        return queries.list(filter, clock.instant(), page, size);
    }
}
