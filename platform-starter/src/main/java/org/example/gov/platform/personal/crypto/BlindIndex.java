package org.example.gov.platform.personal.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;

/**
 * The blind index of a personal-data value: HMAC-SM3 of its normalised form under the index key, as 64 hex characters.
 * Stored next to the ciphertext (an indexed {@code CHAR(64)} column), it finds rows by exact value ("the cases of this
 * ID number") without decrypting any row, while the table alone tells nothing: without the key nobody can compute the
 * index of a guessed number. Same value, same index; it does not change when the SM4 keys rotate.
 *
 * <p>The typed overloads hash the types' normalised {@code value()}, so {@code 11010519491231002x} and
 * {@code 11010519491231002X} find the same row. Thread-safe.
 */
public class BlindIndex {

    private final PersonalDataKeys keys;

    public BlindIndex(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public String of(IdCardNumber number) {
        return of(number.value());
    }

    public String of(PhoneNumber number) {
        return of(number.value());
    }

    public String of(PersonName name) {
        return of(name.value());
    }

    /** For a value already in its normalised form. */
    public String of(String normalised) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(keys.indexKey()));
        byte[] input = normalised.getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] result = new byte[mac.getMacSize()];
        mac.doFinal(result, 0);
        return HexFormat.of().formatHex(result);
    }
}
