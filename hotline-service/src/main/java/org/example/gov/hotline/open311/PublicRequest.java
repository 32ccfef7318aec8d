package org.example.gov.hotline.open311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.example.gov.hotline.ticket.TicketStatus;
import org.example.gov.hotline.ticket.TicketType;
import org.example.gov.platform.personal.Address;
import org.example.gov.platform.personal.FreeText;

/**
 * A ticket as GeoReport v2 shows it to anyone: what, where, which stage, which department — never who called. The
 * caller's name, phone and e-mail are not even read for it; the description keeps every ID card and mobile number
 * masked ({@link FreeText}); the address is shown as {@link Address} masks it (the first six characters, enough for
 * the district, not the flat); coordinates are rounded to three decimals (about 100 m), so a point does not name a
 * home either. A confidential caller's ticket and a 举报 (REPORT, whose reporter the law protects) show neither
 * description nor address nor coordinates: what they say and where could name who said it. {@code notes} is the
 * history extension: each step's time, name and resulting stage, without actors or
 * their notes (which may name people).
 */
public record PublicRequest(String serviceRequestId, Open311Status status, String statusNotes, String serviceName,
        String serviceCode, String description, String agencyResponsible, Instant requestedAt, Instant updatedAt,
        Instant expectedAt, String address, BigDecimal lat, BigDecimal lon, String mediaUrl, List<Note> notes) {

    /** A row of the ticket table, turned public; {@code withheld}: confidential caller or a REPORT. */
    public static PublicRequest of(String number, TicketStatus status, String serviceName, String serviceCode,
            String description, String leadDepartment, Instant receivedAt, Instant updatedAt, Instant dueAt,
            String address, BigDecimal latitude, BigDecimal longitude, String mediaUrl, boolean withheld) {
        boolean shown = !withheld;
        return new PublicRequest(number, Open311Status.of(status), status.name(), serviceName, serviceCode,
                shown ? FreeText.masked(description) : null, leadDepartment, receivedAt,
                updatedAt == null ? receivedAt : updatedAt, status.open() ? dueAt : null,
                shown && address != null && !address.isBlank() ? Address.of(address).masked() : null,
                shown ? coarse(latitude) : null, shown ? coarse(longitude) : null, shown ? mediaUrl : null, List.of());
    }

    /** Whose content stays out of the public answer (see above). */
    public static boolean withheld(boolean confidential, TicketType type) {
        return confidential || type == TicketType.REPORT;
    }

    public PublicRequest withNotes(List<Note> history) {
        return new PublicRequest(serviceRequestId, status, statusNotes, serviceName, serviceCode, description,
                agencyResponsible, requestedAt, updatedAt, expectedAt, address, lat, lon, mediaUrl, List.copyOf(history));
    }

    private static BigDecimal coarse(BigDecimal degrees) {
        return degrees == null ? null : degrees.setScale(3, RoundingMode.HALF_UP);
    }

    /**
     * One step of the history: when, what ({@code summary}: the step's name), the stage it led to
     * ({@code description}, the internal status), {@code type} opened / activity / closed as in the GeoReport v2
     * extensions, and the Open311 status after it.
     */
    public record Note(Instant datetime, String summary, String description, String type, Open311Status status) {

        public static Note of(Instant at, String action, boolean first, TicketStatus to) {
            Open311Status after = Open311Status.of(to);
            return new Note(at, action, to.name(), first ? "opened" : after == Open311Status.CLOSED ? "closed"
                    : "activity", after);
        }
    }
}
