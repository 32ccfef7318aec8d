package org.example.gov.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request the way a partner city must (README "Partner cities", the gateway's StringToSign): six lines joined
 * by {@code \n}: METHOD, raw path, the raw query's pairs sorted and joined by {@code &}, timestamp (epoch seconds),
 * nonce, lowercase hex SHA-256 of the body bytes; then {@code HMAC-SHA256} (base64 of the HMAC keyed with the UTF-8
 * bytes of the secret) or {@code SM2} (base64 of the DER SM3withSM2 signature, user id "1234567812345678", with a
 * PKCS#8 private key in PEM or base64). Written independently of the gateway's code, so a test that signs with it
 * checks the documented recipe, not the gateway against itself. SM2 needs BouncyCastle on the classpath.
 */
public final class PartnerSigner {

    public static final String HMAC_SHA256 = "HMAC-SHA256";
    public static final String SM2 = "SM2";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PartnerSigner() {
    }

    /** The four headers; {@link #toArray()} gives them as name, value, ... for {@code ApiClient.send}. */
    public record SignedHeaders(String keyId, String timestamp, String nonce, String signature) {

        public Map<String, String> toMap() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-Partner-Key-Id", keyId);
            headers.put("X-Partner-Timestamp", timestamp);
            headers.put("X-Partner-Nonce", nonce);
            headers.put("X-Partner-Signature", signature);
            return headers;
        }

        public String[] toArray() {
            return toMap().entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                    .toArray(String[]::new);
        }
    }

    /** Signs now, with a fresh random nonce. {@code body} null means no body. */
    public static SignedHeaders sign(String method, String pathWithQuery, String body, String keyId, String scheme,
            String secretOrPrivateKey) {
        return sign(method, pathWithQuery, body, keyId, scheme, secretOrPrivateKey, Instant.now(), newNonce());
    }

    /** Signs with the given time and nonce (tests of old requests and replays). */
    public static SignedHeaders sign(String method, String pathWithQuery, String body, String keyId, String scheme,
            String secretOrPrivateKey, Instant timestamp, String nonce) {
        byte[] data = stringToSign(method, pathWithQuery, body, timestamp.getEpochSecond(), nonce)
                .getBytes(StandardCharsets.UTF_8);
        byte[] signature = switch (scheme.toUpperCase(Locale.ROOT)) {
            case HMAC_SHA256 -> hmac(secretOrPrivateKey, data);
            case SM2 -> Sm2.sign(secretOrPrivateKey, data);
            default -> throw new IllegalArgumentException("scheme " + scheme + ": HMAC-SHA256 or SM2");
        };
        return new SignedHeaders(keyId, Long.toString(timestamp.getEpochSecond()), nonce,
                Base64.getEncoder().encodeToString(signature));
    }

    public static String stringToSign(String method, String pathWithQuery, String body, long timestamp, String nonce) {
        int q = pathWithQuery.indexOf('?');
        String path = q < 0 ? pathWithQuery : pathWithQuery.substring(0, q);
        String query = q < 0 ? "" : Arrays.stream(pathWithQuery.substring(q + 1).split("&")).filter(p -> !p.isEmpty())
                .sorted().collect(Collectors.joining("&"));
        return method.toUpperCase(Locale.ROOT) + "\n" + path + "\n" + query + "\n" + timestamp + "\n" + nonce + "\n"
                + sha256Hex(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    /** 32 characters of the nonce alphabet [A-Za-z0-9_-]. */
    public static String newNonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hmac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kept apart so HMAC signing works without BouncyCastle on the classpath. */
    private static final class Sm2 {

        static byte[] sign(String pkcs8, byte[] data) {
            byte[] der = Base64.getDecoder().decode(
                    pkcs8.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", ""));
            try {
                org.bouncycastle.crypto.params.AsymmetricKeyParameter key =
                        org.bouncycastle.crypto.util.PrivateKeyFactory.createKey(der);
                org.bouncycastle.crypto.signers.SM2Signer signer = new org.bouncycastle.crypto.signers.SM2Signer();
                signer.init(true, new org.bouncycastle.crypto.params.ParametersWithID(
                        new org.bouncycastle.crypto.params.ParametersWithRandom(key, RANDOM),
                        "1234567812345678".getBytes(StandardCharsets.US_ASCII)));
                signer.update(data, 0, data.length);
                return signer.generateSignature();
            } catch (java.io.IOException | org.bouncycastle.crypto.CryptoException e) {
                throw new IllegalStateException("cannot sign with this SM2 private key", e);
            }
        }
    }
}
