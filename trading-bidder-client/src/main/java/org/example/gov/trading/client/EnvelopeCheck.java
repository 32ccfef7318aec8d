package org.example.gov.trading.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import org.example.gov.trading.client.EnvelopeRejected.Reason;

import tools.jackson.core.JacksonException;

/**
 * The server's gate for uploads: only a well-formed gov-sealed-bid/1 envelope passes, so a bid in clear is refused
 * before it is stored anywhere. It checks shape, not secrecy (nobody but the bidder can check that a ciphertext
 * really is one), and it is cheap: no SM2 operation, only a point decoding.
 */
public final class EnvelopeCheck {

    private static final Set<String> FIELDS = Set.of("format", "cipher", "iv", "ciphertext", "wrappedKey");
    private static final Set<String> PLAINTEXT_FIELDS = Set.of("lotId", "bidder", "price", "document", "documentName");
    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);

    private EnvelopeCheck() {
    }

    /** The envelope, or {@link EnvelopeRejected} naming the first broken rule. */
    public static SealedBid validate(byte[] body) {
        if (body == null || firstNonWhitespace(body) < 0) {
            throw new EnvelopeRejected(Reason.EMPTY_BODY, "the body is empty");
        }
        if (startsWith(body, PDF)) {
            throw new EnvelopeRejected(Reason.PLAINTEXT_BODY, "the body is a PDF in clear: seal it first");
        }
        var root = Json.object(body);
        if (root == null) {
            throw new EnvelopeRejected(Reason.NOT_JSON, "the body is not a JSON object");
        }
        if (BidDocument.FORMAT.equals(Json.text(root, "format"))
                || root.propertyNames().stream().anyMatch(PLAINTEXT_FIELDS::contains)) {
            throw new EnvelopeRejected(Reason.PLAINTEXT_BODY, "the body is a bid document in clear: seal it first");
        }
        for (var name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new EnvelopeRejected(Reason.UNEXPECTED_FIELD, "the envelope has no member " + name);
            }
        }
        for (var name : FIELDS) {
            if (Json.text(root, name) == null) {
                throw new EnvelopeRejected(Reason.MISSING_FIELD, name + " is missing or not a string");
            }
        }
        if (!SealedBid.FORMAT.equals(Json.text(root, "format"))) {
            throw new EnvelopeRejected(Reason.WRONG_FORMAT, "format must be " + SealedBid.FORMAT);
        }
        if (!SealedBid.CIPHER.equals(Json.text(root, "cipher"))) {
            throw new EnvelopeRejected(Reason.WRONG_CIPHER, "cipher must be " + SealedBid.CIPHER);
        }
        var iv = base64(root.get("iv").asString(), "iv");
        var ciphertext = base64(root.get("ciphertext").asString(), "ciphertext");
        var wrappedKey = base64(root.get("wrappedKey").asString(), "wrappedKey");
        if (iv.length != SealedBid.IV_BYTES) {
            throw new EnvelopeRejected(Reason.IV_LENGTH, "iv must be 12 bytes, not " + iv.length);
        }
        if (ciphertext.length <= SealedBid.TAG_BYTES) {
            throw new EnvelopeRejected(Reason.CIPHERTEXT_TOO_SHORT, "the ciphertext is not longer than its 16-byte tag");
        }
        if (looksLikePlaintext(ciphertext)) {
            throw new EnvelopeRejected(Reason.CIPHERTEXT_PLAINTEXT, "the ciphertext is JSON or a PDF in clear");
        }
        checkWrappedKey(wrappedKey);
        return new SealedBid(iv, ciphertext, wrappedKey);
    }

    public static SealedBid validate(String body) {
        return validate(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A PDF, or JSON (first non-blank byte '{' or '[', or a whole JSON string). A real SM4-GCM ciphertext looks like this
     * with a probability of about 1/100; {@link BidSealer} re-seals with a fresh IV then, so no honest bid is refused.
     */
    static boolean looksLikePlaintext(byte[] data) {
        if (startsWith(data, PDF)) {
            return true;
        }
        int first = firstNonWhitespace(data);
        if (first < 0) {
            return true;
        }
        return switch (data[first]) {
            case '{', '[' -> true;
            case '"' -> parsesAsJson(data);
            default -> false;
        };
    }

    private static boolean parsesAsJson(byte[] data) {
        try (var parser = Json.MAPPER.createParser(data)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static void checkWrappedKey(byte[] wrappedKey) {
        if (wrappedKey.length < SealedBid.MIN_WRAPPED_KEY_BYTES || wrappedKey[0] != 0x04) {
            throw new EnvelopeRejected(Reason.WRAPPED_KEY_SHAPE,
                    "wrappedKey is not an SM2 C1C3C2 ciphertext (0x04 point, SM3, key; at least 113 bytes)");
        }
        try {
            var point = Sm.CURVE.getCurve().decodePoint(Arrays.copyOf(wrappedKey, 65));
            if (!point.isValid()) {
                throw new IllegalArgumentException("not on the curve");
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new EnvelopeRejected(Reason.WRAPPED_KEY_SHAPE, "wrappedKey's C1 is not a point of the SM2 curve");
        }
    }

    private static byte[] base64(String value, String field) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new EnvelopeRejected(Reason.NOT_BASE64, field + " is not base64");
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int firstNonWhitespace(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r' && data[i] != '\n') {
                return i;
            }
        }
        return -1;
    }
}
