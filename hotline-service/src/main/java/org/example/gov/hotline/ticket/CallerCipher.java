package org.example.gov.hotline.ticket;

import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * How a caller is stored: name and phone encrypted under the current personal-data key (SM4-GCM), the phone also as
 * its blind index (HMAC-SM3) so that a caller's tickets are found without decrypting any row.
 */
@Component
public class CallerCipher {

    private final PersonalDataCipher cipher;
    private final BlindIndex index;

    public CallerCipher(PersonalDataCipher cipher, BlindIndex index) {
        this.cipher = cipher;
        this.index = index;
    }

    public String sealName(PersonName name) {
        return name == null ? null : cipher.encrypt(name.value());
    }

    public String sealPhone(PhoneNumber phone) {
        return cipher.encrypt(phone.value());
    }

    public String indexOf(PhoneNumber phone) {
        return index.of(phone);
    }

    public Caller open(String sealedName, String sealedPhone) {
        return new Caller(sealedName == null ? null : PersonName.of(cipher.decrypt(sealedName)),
                PhoneNumber.of(cipher.decrypt(sealedPhone)));
    }
}
