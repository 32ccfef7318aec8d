package org.example.gov.evaluation.rectification;

import java.util.List;

/** One page of tickets and the total count matching the filter. */
public record TicketSearchResult(List<RectificationTicket> items, long total) {
}
