package org.example.gov.cases.partner;

import org.example.gov.platform.problem.PlatformException;

/** 403: a valid PARTNER credential whose subject is not a configured partner city. */
public class UnknownPartnerException extends PlatformException {

    public UnknownPartnerException(String partnerId) {
        super(403, "PARTNER_UNKNOWN", "Partner " + partnerId + " is not registered on this platform", partnerId);
    }
}
