package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The hand-off of a 110/119/120/122 matter: to which service, how (three-way call or transfer), and a note. */
public record EmergencyHandoffRequest(
        @NotNull @Pattern(regexp = "POLICE_110|FIRE_119|AMBULANCE_120|TRAFFIC_122") String service,
        @NotNull @Pattern(regexp = "THREE_WAY_CALL|TRANSFER") String mode,
        @Size(max = 1000) String note) {
}
