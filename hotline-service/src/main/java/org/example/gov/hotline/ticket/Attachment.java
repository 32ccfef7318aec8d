package org.example.gov.hotline.ticket;

/** A reference to a file the caller sent (stored elsewhere): its name, media type, size and SHA-256. */
public record Attachment(String name, String type, long size, String sha256) {
}
