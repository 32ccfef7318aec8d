package org.example.gov.hotline.ticket.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A new ticket. An agent records any {@code channel} (default PHONE); a caller files online (WEB, APP or WECHAT;
 * default WEB). {@code categoryCode} is a level-3 code of the tree; {@code urgency} defaults to NORMAL; a
 * {@code confidential} caller is never shown to a department. {@code newFacts} (default true) false when the caller
 * brings nothing new about a matter they called about before: closed within the window, it is not accepted again
 * (422 REPEATED_MATTER with the previous ticket's number and reply). {@code caseNumber}: the case (办件) the ticket is
 * about, checked against case-service (422 CASE_NOT_FOUND when there is no such case for whoever records the ticket;
 * recorded unverified when case-service cannot answer); a complaint about a case is proposed to the case's department.
 */
public record CreateTicketRequest(
        @Pattern(regexp = "PHONE|SMS|WEB|WECHAT|APP|MAILBOX|PROVINCIAL_TRANSFER") String channel,
        @NotNull @Pattern(regexp = "CONSULT|HELP|COMPLAINT|REPORT|SUGGESTION|PRAISE") String type,
        @NotBlank @Pattern(regexp = "\\d{6}") String categoryCode,
        @NotNull @Valid LocationRequest location,
        @Pattern(regexp = "NORMAL|URGENT|EMERGENCY") String urgency,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Valid CallerRequest caller,
        Boolean confidential,
        Boolean newFacts,
        @Size(max = 20) List<@NotNull @Valid AttachmentRequest> attachments,
        @Pattern(regexp = "\\d{8}-[0-9A-Z]{8}") String caseNumber) {

    public record LocationRequest(
            @NotBlank @Pattern(regexp = "[1-9]\\d{5}") String region,
            @NotBlank @Size(max = 300) String address,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }

    /** The caller's name (optional) and phone (mainland mobile or landline with area code). */
    public record CallerRequest(@Size(max = 100) String name, @NotBlank @Size(max = 30) String phone) {
    }

    /** A file the caller sent, by reference: name, media type, size in bytes (≤ 100 MB) and SHA-256 (hex). */
    public record AttachmentRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[\\w.+-]+/[\\w.+-]+") @Size(max = 100) String type,
            @Positive @Max(104_857_600) long size,
            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256) {
    }
}
