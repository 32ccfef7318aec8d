package org.example.gov.platform.personal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts personal data for storage: SM4 in GCM mode (GB/T 32907 block cipher, authenticated, so a tampered or
 * swapped value fails instead of decrypting to garbage), a random 12-byte nonce per value, 128-bit tag.
 *
 * <p>Stored text: {@code v1:<keyId>:<base64(nonce || ciphertext || tag)>}, ASCII, fits a VARCHAR column (an 18-character
 * ID number becomes about 70 characters; in general {@code 4 * ceil((utf8Bytes + 28) / 3) + 40} is enough). The
 * {@code v1:<keyId>} prefix is authenticated too. The key id says which key decrypts it, so keys rotate without
 * downtime: new values go under the current key, old ones stay readable, and a job finds them with
 * {@link #needsRotation} and moves them with {@link #reencrypt}.
 *
 * <p>Uses BouncyCastle's lightweight API: no JCA provider is registered, nothing global changes. Thread-safe.
 */
public class PersonalDataCipher {

    static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** @return the stored text, or null for null (an optional field stays empty) */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        String keyId = keys.currentKeyId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(true, keys.key(keyId), nonce, header(keyId), plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        return header(keyId) + ":" + Base64.getEncoder().encodeToString(stored);
    }

    /**
     * @return the plaintext, or null for null
     * @throws IllegalArgumentException if the text is not a value of this cipher or fails authentication (tampered,
     *         or encrypted under another key with the same id)
     * @throws IllegalStateException if its key id is not configured any more
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        Parsed parsed = parse(stored);
        byte[] plaintext = run(false, keys.key(parsed.keyId()), parsed.nonce(), header(parsed.keyId()), parsed.sealed());
        return new String(plaintext, StandardCharsets.UTF_8);
    }

    /** True when the value is under another key than the current one: the rotation job re-encrypts it. */
    public boolean needsRotation(String stored) {
        return stored != null && !parse(stored).keyId().equals(keys.currentKeyId());
    }

    /** The same plaintext under the current key (a fresh nonce even if the key did not change). */
    public String reencrypt(String stored) {
        return encrypt(decrypt(stored));
    }

    /** The key id a stored value was encrypted under. */
    public String keyIdOf(String stored) {
        return parse(stored).keyId();
    }

    private static String header(String keyId) {
        return VERSION + ":" + keyId;
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] nonce, String header, byte[] input) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, header.getBytes(StandardCharsets.US_ASCII)));
        byte[] output = new byte[gcm.getOutputSize(input.length)];
        int length = gcm.processBytes(input, 0, input.length, output, 0);
        try {
            length += gcm.doFinal(output, length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalArgumentException("Encrypted personal data failed authentication (tampered, or wrong key)");
        }
        return length == output.length ? output : Arrays.copyOf(output, length);
    }

    private static Parsed parse(String stored) {
        int first = stored.indexOf(':');
        int second = first < 0 ? -1 : stored.indexOf(':', first + 1);
        if (second < 0 || !VERSION.equals(stored.substring(0, first))) {
            throw new IllegalArgumentException("Not encrypted personal data (expected v1:<keyId>:<base64>)");
        }
        String keyId = stored.substring(first + 1, second);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(second + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Encrypted personal data is not valid base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("Encrypted personal data is too short");
        }
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new Parsed(keyId, nonce, sealed);
    }

    private record Parsed(String keyId, byte[] nonce, byte[] sealed) {
    }
}
