package org.example.gov.hotline.ticket;

import org.example.gov.platform.scope.Scope;

/**
 * A work list query: staff within {@code scope}, or a caller their own tickets ({@code callerId}); optionally by
 * status, type, overdue (the clock runs past the deadline now) and sensitive (敏感件, flagged by the centre).
 */
public record TicketFilter(Scope scope, String callerId, TicketStatus status, TicketType type, Boolean overdue,
        Boolean sensitive) {

    public TicketFilter(Scope scope, String callerId, TicketStatus status, TicketType type, Boolean overdue) {
        this(scope, callerId, status, type, overdue, null);
    }
}
