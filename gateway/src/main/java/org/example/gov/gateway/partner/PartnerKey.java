package org.example.gov.gateway.partner;

/** One active signing key of a partner city. */
public record PartnerKey(String partnerId, String keyId, SignatureScheme scheme, SignatureVerifier verifier) {
}
