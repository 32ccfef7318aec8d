package org.example.gov.cases.casefile;

import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * How {@code case_file.applicant_name} is stored: encrypted under the current personal-data key. A value that is not
 * a ciphertext is a row from before the column was encrypted; it is read as it is until
 * {@link ApplicantNameEncryption} has encrypted it.
 */
@Component
public class ApplicantNameCipher {

    private final PersonalDataCipher cipher;

    public ApplicantNameCipher(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public String seal(String name) {
        return cipher.encrypt(name);
    }

    public String open(String stored) {
        return isSealed(stored) ? cipher.decrypt(stored) : stored;
    }

    /** Needs the job: still in clear, or under a key other than the current one. */
    boolean needsWork(String stored) {
        return !isSealed(stored) || cipher.needsRotation(stored);
    }

    String reseal(String stored) {
        return seal(open(stored));
    }

    private static boolean isSealed(String stored) {
        return stored != null && stored.startsWith("v1:");
    }
}
