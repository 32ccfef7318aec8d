package org.example.gov.hotline.ticket;

/**
 * Told of every new ticket inside the intake transaction, after the ticket and its created event are stored (not of a
 * repeat call merged into an open ticket): what it stores commits or rolls back with the ticket. The capabilities that
 * look at new tickets (the nearby-duplicate suggestion) implement it, so the ticket capability does not depend on them.
 * An observer must not refuse the ticket: intake proceeds whatever it finds.
 */
public interface IntakeObserver {

    void received(Ticket ticket);
}
