package org.example.gov.gateway.partner;

/** A partner request refused for {@link #failure()}; carries no secret and no request data. */
public class PartnerSignatureException extends RuntimeException {

    private final SignatureFailure failure;

    public PartnerSignatureException(SignatureFailure failure, String reason) {
        super(reason, null, false, false);
        this.failure = failure;
    }

    public SignatureFailure failure() {
        return failure;
    }
}
