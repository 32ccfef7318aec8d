package org.example.gov.trading.bid;

import java.util.regex.Pattern;

import org.example.gov.trading.client.MachineFingerprint;

/**
 * Where a bidder's request came from: the client address (the first X-Forwarded-For entry as the gateway passes it on,
 * else the peer) and the machine fingerprint the reference client sends ({@link MachineFingerprint#HEADER}). Kept as
 * collusion evidence only (the integrity capability seals it until the opening); a value of an unexpected shape is
 * dropped rather than stored, and never refuses a request.
 */
public record ClientOrigin(String address, String fingerprint) {

    public static final ClientOrigin UNKNOWN = new ClientOrigin(null, null);

    /** IPv4, IPv6 (with a zone) — nothing a header could smuggle markup or line breaks through. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:%\\[\\]]{2,64}");

    public ClientOrigin {
        address = address == null || !ADDRESS.matcher(address.strip()).matches() ? null
                : address.strip().toLowerCase(java.util.Locale.ROOT);
        fingerprint = fingerprint == null || !MachineFingerprint.FORMAT.matcher(fingerprint.strip()).matches() ? null
                : fingerprint.strip();
    }

    /** From the request's X-Forwarded-For (first entry), its peer address and its fingerprint header. */
    public static ClientOrigin of(String forwardedFor, String peer, String fingerprint) {
        String address = forwardedFor != null && !forwardedFor.isBlank() ? forwardedFor.split(",")[0].strip() : peer;
        return new ClientOrigin(address, fingerprint);
    }
}
