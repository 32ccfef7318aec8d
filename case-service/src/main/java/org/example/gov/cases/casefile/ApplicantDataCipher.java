package org.example.gov.cases.casefile;

import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * How the applicant's personal data is stored in {@code case_file}: name, identity card number and phone encrypted
 * under the current personal-data key (SM4-GCM, key id in the value), the identity card number and phone also as
 * blind indexes (HMAC-SM3) so "the cases of this person" is an indexed lookup that decrypts nothing. A name that is
 * not a ciphertext is a row from before the column was encrypted; it is read as it is until
 * {@link ApplicantDataEncryption} has encrypted it.
 */
@Component
public class ApplicantDataCipher {

    private final PersonalDataCipher cipher;
    private final BlindIndex index;

    public ApplicantDataCipher(PersonalDataCipher cipher, BlindIndex index) {
        this.cipher = cipher;
        this.index = index;
    }

    public String seal(String value) {
        return cipher.encrypt(value);
    }

    public String open(String stored) {
        return isSealed(stored) ? cipher.decrypt(stored) : stored;
    }

    public String seal(IdCardNumber number) {
        return number == null ? null : cipher.encrypt(number.value());
    }

    public String seal(PhoneNumber number) {
        return number == null ? null : cipher.encrypt(number.value());
    }

    public IdCardNumber openIdNumber(String stored) {
        return stored == null ? null : IdCardNumber.of(cipher.decrypt(stored));
    }

    public PhoneNumber openPhone(String stored) {
        return stored == null ? null : PhoneNumber.of(cipher.decrypt(stored));
    }

    /** The blind index to store or search by; null for null. */
    public String index(IdCardNumber number) {
        return number == null ? null : index.of(number);
    }

    public String index(PhoneNumber number) {
        return number == null ? null : index.of(number);
    }

    /** Needs the job: still in clear, or under a key other than the current one. Null (not collected) needs nothing. */
    boolean needsWork(String stored) {
        return stored != null && (!isSealed(stored) || cipher.needsRotation(stored));
    }

    String reseal(String stored) {
        return seal(open(stored));
    }

    private static boolean isSealed(String stored) {
        return stored != null && stored.startsWith("v1:");
    }
}
