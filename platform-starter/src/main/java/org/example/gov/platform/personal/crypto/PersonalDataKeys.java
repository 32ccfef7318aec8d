package org.example.gov.platform.personal.crypto;

/**
 * Where the personal-data keys come from: the SM4 keys by key id (old ones stay readable while rows are re-encrypted),
 * which of them encrypts new values, and the key of the blind index. {@link FileKeys} for the local run,
 * {@link EnvironmentKeys} in production; both validate through {@link KeyRing}.
 */
public interface PersonalDataKeys {

    /** The key id new values are encrypted under. */
    String currentKeyId();

    /**
     * The 16-byte SM4 key of a key id.
     *
     * @throws IllegalStateException if the key id is unknown (a row encrypted under a key that was dropped too early)
     */
    byte[] key(String keyId);

    /** The HMAC-SM3 key of the blind index (at least 32 bytes); it does not rotate with the SM4 keys. */
    byte[] indexKey();
}
