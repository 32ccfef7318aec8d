package org.example.gov.trading.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The platform's receipt for an accepted bid (format gov-bid-receipt/1): the SM3 of the ciphertext, the server time and
 * the lot, signed SM3withSM2 by a platform receipt key, so the bidder can prove later what was received and when.
 */
public record Receipt(String bidId, String lotId, String ciphertextSm3, String receivedAt, String keyId, byte[] signature) {

    public static final String FORMAT = "gov-bid-receipt/1";

    private static final DateTimeFormatter RECEIVED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public Receipt {
        signature = signature == null ? null : signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature == null ? null : signature.clone();
    }

    /**
     * The signed text, in the one place both the signer and the verifier build it:
     * "gov-bid-receipt/1\n" + bidId + "\n" + lotId + "\n" + ciphertextSm3 + "\n" + receivedAt + "\n" + keyId.
     */
    public static byte[] canonical(String bidId, String lotId, String ciphertextSm3, String receivedAt, String keyId) {
        return String.join("\n", FORMAT, bidId, lotId, ciphertextSm3, receivedAt, keyId).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] canonical() {
        return canonical(bidId, lotId, ciphertextSm3, receivedAt, keyId);
    }

    /** ISO-8601 UTC with exactly three fraction digits, always (so the signed text has one spelling per instant). */
    public static String formatReceivedAt(Instant instant) {
        return RECEIVED_AT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public Instant receivedAtInstant() {
        return Instant.parse(receivedAt);
    }

    public byte[] toJson() {
        var root = Json.newObject();
        root.put("format", FORMAT);
        root.put("bidId", bidId);
        root.put("lotId", lotId);
        root.put("ciphertextSm3", ciphertextSm3);
        root.put("receivedAt", receivedAt);
        root.put("keyId", keyId);
        root.put("signature", Json.base64(signature));
        return Json.bytes(root);
    }

    /** Parses a receipt; {@link InvalidReceipt.Reason#MALFORMED} when a member is missing or the format is another. */
    public static Receipt fromJson(byte[] json) {
        var root = Json.object(json);
        if (root == null || !FORMAT.equals(Json.text(root, "format"))) {
            throw new InvalidReceipt(InvalidReceipt.Reason.MALFORMED, "not a " + FORMAT + " JSON object");
        }
        var fields = new String[] { "bidId", "lotId", "ciphertextSm3", "receivedAt", "keyId", "signature" };
        for (var field : fields) {
            if (Json.text(root, field) == null) {
                throw new InvalidReceipt(InvalidReceipt.Reason.MALFORMED, field + " is missing");
            }
        }
        try {
            return new Receipt(Json.text(root, "bidId"), Json.text(root, "lotId"), Json.text(root, "ciphertextSm3"),
                    Json.text(root, "receivedAt"), Json.text(root, "keyId"), Base64.getDecoder().decode(Json.text(root, "signature")));
        } catch (IllegalArgumentException e) {
            throw new InvalidReceipt(InvalidReceipt.Reason.MALFORMED, "signature is not base64");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Receipt that && Objects.equals(bidId, that.bidId) && Objects.equals(lotId, that.lotId)
                && Objects.equals(ciphertextSm3, that.ciphertextSm3) && Objects.equals(receivedAt, that.receivedAt)
                && Objects.equals(keyId, that.keyId) && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bidId, lotId, ciphertextSm3, receivedAt, keyId, Arrays.hashCode(signature));
    }
}
