package org.example.gov.hotline.ticket;

/** How fast a ticket must be handled: normal ones in working days by type, urgent and emergency ones in hours. */
public enum Urgency {
    NORMAL, URGENT, EMERGENCY
}
