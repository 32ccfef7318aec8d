package org.example.gov.hotline.open311;

import java.util.Arrays;
import java.util.List;

import org.example.gov.hotline.ticket.TicketStatus;

/**
 * GeoReport v2 knows two statuses: {@code open} and {@code closed}. A ticket is closed when it is finished
 * ({@link TicketStatus#open()} false: closed, or an emergency handed off to 110/119/120/122); its internal stage goes
 * to {@code status_notes}.
 */
public enum Open311Status {
    OPEN, CLOSED;

    public static Open311Status of(TicketStatus status) {
        return status.open() ? OPEN : CLOSED;
    }

    /** The internal statuses this one stands for (the SQL filter: from the enum, never copied literals). */
    public List<String> internal() {
        return Arrays.stream(TicketStatus.values()).filter(s -> of(s) == this).map(Enum::name).toList();
    }

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Open311Status parse(String value) {
        return switch (value.strip()) {
            case "open" -> OPEN;
            case "closed" -> CLOSED;
            default -> throw Open311Exception.badRequest("status must be open or closed");
        };
    }
}
