package org.example.gov.hotline.ticket;

import org.example.gov.platform.scope.Scope;

/**
 * A work list query: staff within {@code scope}, or a caller their own tickets ({@code callerId}); optionally by
 * status, type and overdue (the clock runs past the deadline now).
 */
public record TicketFilter(Scope scope, String callerId, TicketStatus status, TicketType type, Boolean overdue) {
}
