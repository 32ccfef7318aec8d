package org.example.gov.hotline.ticket.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.hotline.dispatch.DepartmentRef;
import org.example.gov.hotline.ticket.Assignment;
import org.example.gov.hotline.ticket.Attachment;
import org.example.gov.hotline.ticket.CallBack;
import org.example.gov.hotline.ticket.CaseReference;
import org.example.gov.hotline.ticket.Deadline;
import org.example.gov.hotline.ticket.DirectAnswer;
import org.example.gov.hotline.ticket.EmergencyHandoff;
import org.example.gov.hotline.ticket.Extension;
import org.example.gov.hotline.ticket.Sensitivity;
import org.example.gov.hotline.ticket.HistoryEntry;
import org.example.gov.hotline.ticket.Reply;
import org.example.gov.hotline.ticket.ReturnRecord;
import org.example.gov.hotline.ticket.Ticket;
import org.example.gov.hotline.ticket.TicketAction;
import org.example.gov.hotline.ticket.TicketService;
import org.example.gov.platform.security.Actor;

/**
 * A ticket as its readers see it. {@code caller} is masked (张*, 138****5678) and absent for a department when the
 * caller asked to stay confidential; the full caller is a separate, audited read. {@code overdue}: the handling clock
 * runs past {@code dueAt} now.
 */
public record TicketResponse(String id, String number, String status, List<String> allowedActions, long version,
        String channel, String type, String categoryCode, String region, String address, BigDecimal latitude,
        BigDecimal longitude, String urgency, String description, List<Attachment> attachments, boolean confidential,
        CallerResponse caller, EmergencyHandoff emergencyHandoff, DirectAnswer directAnswer, DepartmentRef leadDepartment,
        List<DepartmentRef> assistingDepartments, boolean coordinated, Instant dispatchedAt, Instant signDueAt,
        Instant signedAt, Instant signRemindedAt, Instant dueAt, LocalDate dueDate, boolean dueProvisional,
        boolean overdue, boolean supervised, List<ReturnRecord> returns, List<Reply> replies, List<CallBack> callBacks,
        int redoCount, int reminderCount, Instant receivedAt, Instant closedAt, LocalDate callBackDueDate,
        int replySendBacks, List<Extension> extensions, int extendedWorkingDays, boolean sensitive,
        Sensitivity sensitivity, boolean approachWarned, CaseReference caseReference, List<HistoryEntry> history) {

    /** Who called, masked. */
    public record CallerResponse(String name, String phone) {
    }

    static TicketResponse of(TicketService.TicketView view, Actor viewer, Instant now) {
        Ticket t = view.ticket();
        Assignment a = t.assignment();
        Deadline d = t.deadline();
        CallerResponse caller = t.showsCallerTo(viewer)
                ? new CallerResponse(t.caller().name() == null ? null : t.caller().name().masked(),
                        t.caller().phone().masked())
                : null;
        return new TicketResponse(t.id().toString(), t.number(), t.status().name(),
                t.allowedActions().stream().map(TicketAction::label).toList(), view.version(), t.channel().name(),
                t.type().name(), t.categoryCode(), t.location().region(), t.location().address(),
                t.location().latitude(), t.location().longitude(), t.urgency().name(), t.description(), t.attachments(),
                t.confidential(), caller, t.emergencyHandoff(), t.directAnswer(), a == null ? null : a.lead(),
                a == null ? List.of() : a.assisting(), a != null && a.coordinated(), a == null ? null : a.dispatchedAt(),
                a == null ? null : a.signDueAt(), a == null ? null : a.signedAt(), a == null ? null : a.remindedAt(),
                d == null ? null : d.dueAt(), d == null ? null : d.dueDate(), d != null && d.provisional(),
                d != null && t.status().clockRuns() && d.passed(now), t.supervised(), t.returns(), t.replies(),
                t.callBacks(), t.redoCount(), t.reminderCount(), t.receivedAt(), t.closedAt(), t.callBackDueDate(),
                t.replySendBacks(), t.extensions(), t.grantedExtensionDays(), t.sensitive(), t.sensitivity(),
                t.approachWarned(), t.caseReference(), view.history());
    }
}
