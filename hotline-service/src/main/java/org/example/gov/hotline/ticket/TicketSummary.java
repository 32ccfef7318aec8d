package org.example.gov.hotline.ticket;

import java.time.Instant;
import java.time.LocalDate;

import org.example.gov.hotline.dispatch.DepartmentRef;

/** One line of a work list: no caller data (the ticket itself shows it to those who may see it). */
public record TicketSummary(String id, String number, String type, String categoryCode, String region, String urgency,
        String channel, String status, DepartmentRef leadDepartment, Instant receivedAt, Instant dueAt, LocalDate dueDate,
        boolean overdue, boolean supervised, int returnCount, int redoCount, boolean sensitive) {
}
