package org.example.gov.evaluation.rectification;

import java.util.EnumSet;
import java.util.Set;

import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;

/**
 * Who reaches a rectification ticket, by the ticket's region and department (DOMAIN.md §1, §5) through the platform's
 * one scope policy: the department's staff (an approver: their department of their region; a window clerk: their
 * region) work it, supervisors of its region or above see it and decide its appeal, and the rater sees their own.
 * Everyone else gets 404, so a ticket's existence is never confirmed outside its scope.
 *
 * <p>Privacy (DOMAIN.md §5): the rater and everything leading to them (the case id and number, the rating id) are
 * shown only to a supervisor whose scope covers the ticket, and to the rater themself. A department sees what it must
 * fix, never who complained: it handled the case, so a case id would name the applicant.
 */
public final class TicketAccess {

    /** The roles that may read tickets (each within its reach). */
    public static final Set<Role> READERS = EnumSet.of(Role.CLERK, Role.APPROVER, Role.SUPERVISOR);

    /** The department's steps: call-back, rectification, explanation, appeal. */
    public static final Set<Role> DEPARTMENT = EnumSet.of(Role.CLERK, Role.APPROVER);

    /** Deciding appeals, seeing the rater, searching by case. */
    public static final Set<Role> SUPERVISION = EnumSet.of(Role.SUPERVISOR);

    private TicketAccess() {
    }

    /** The scope of a ticket list for this actor: every ticket they may read. */
    public static Scope readable(Actor actor) {
        return ScopePolicy.of(actor, READERS);
    }

    /** The scope in which the actor sees raters (and so may look tickets up by case). */
    public static Scope supervised(Actor actor) {
        return ScopePolicy.of(actor, SUPERVISION);
    }

    public static boolean maySee(RectificationTicket ticket, Actor actor) {
        return ticket.within(readable(actor)) || isRater(ticket, actor);
    }

    /** Whether the actor works the ticket as its department's staff. */
    public static boolean mayWork(RectificationTicket ticket, Actor actor) {
        return ticket.within(ScopePolicy.of(actor, DEPARTMENT));
    }

    public static boolean maySupervise(RectificationTicket ticket, Actor actor) {
        return ticket.within(supervised(actor));
    }

    /** The rater and the case are shown to a supervisor in scope and to the rater; never to the department. */
    public static boolean seesRater(RectificationTicket ticket, Actor actor) {
        return maySupervise(ticket, actor) || isRater(ticket, actor);
    }

    public static boolean isRater(RectificationTicket ticket, Actor actor) {
        return actor.has(Role.APPLICANT) && ticket.isRater(actor.id());
    }
}
