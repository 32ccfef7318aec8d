package org.example.gov.gateway.partner;

import java.time.Clock;
import java.time.Duration;

import org.example.gov.gateway.store.GatewaySchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The checks of a signed partner request, cheapest first: the key must be one of the token's partner's, the timestamp
 * inside the window, the signature must verify, and only then is the nonce recorded (so forged requests cannot use
 * up a partner's nonces, and the shared store sees only requests that are otherwise good).
 * <p>
 * The nonce store fails CLOSED, unlike the rate limiter: a replay protection that lets requests through unchecked
 * while the database is away would be no protection at all, and a partner retries a 503 anyway.
 */
public class PartnerRequestVerifier {

    /** Replicas' clocks differ by a little: a nonce is kept this much longer than its timestamp is accepted. */
    static final Duration CLOCK_SKEW_MARGIN = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(PartnerRequestVerifier.class);

    private final PartnerKeyRing keys;
    private final NonceStore nonces;
    private final GatewaySchema schema;
    private final Scheduler scheduler;
    private final PartnerSignatureProperties properties;
    private final Clock clock;

    public PartnerRequestVerifier(PartnerKeyRing keys, NonceStore nonces, GatewaySchema schema, Scheduler scheduler,
            PartnerSignatureProperties properties, Clock clock) {
        this.keys = keys;
        this.nonces = nonces;
        this.schema = schema;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    /** The partner's key named by the headers, with a timestamp inside the window; throws otherwise. */
    public PartnerKey keyAndTime(String partnerId, SignatureHeaders headers) {
        PartnerKey key = keys.find(partnerId, headers.keyId()).orElseThrow(() -> new PartnerSignatureException(
                SignatureFailure.KEY_UNKNOWN, "no active key " + headers.keyId() + " for partner " + partnerId));
        long skew = clock.instant().getEpochSecond() - headers.timestamp();
        if (Math.abs(skew) > properties.window().toSeconds()) {
            throw new PartnerSignatureException(SignatureFailure.REQUEST_EXPIRED,
                    "timestamp " + headers.timestamp() + " is " + skew + " s from the gateway's clock");
        }
        return key;
    }

    public void verifySignature(PartnerKey key, byte[] stringToSign, byte[] signature) {
        if (!key.verifier().verify(stringToSign, signature)) {
            throw new PartnerSignatureException(SignatureFailure.SIGNATURE_INVALID,
                    "the " + key.scheme() + " signature does not verify with key " + key.keyId());
        }
    }

    /** Records the nonce in the shared store; never errors (a failing store is {@link NonceCheck#UNAVAILABLE}). */
    public Mono<NonceCheck> rememberNonce(String partnerId, SignatureHeaders headers) {
        if (!schema.isMigrated()) {
            log.warn("Partner nonce table not migrated yet, refusing {}'s request with 503", partnerId);
            return Mono.just(NonceCheck.UNAVAILABLE);
        }
        long expiresAt = headers.timestamp() + properties.window().toSeconds() + CLOCK_SKEW_MARGIN.toSeconds();
        return Mono.fromCallable(() -> nonces.remember(partnerId, headers.nonce(), expiresAt))
                .subscribeOn(scheduler)
                .timeout(properties.storeTimeout())
                // continue the request on a CPU thread, not on one of the few JDBC threads
                .publishOn(Schedulers.parallel())
                .map(fresh -> fresh ? NonceCheck.FRESH : NonceCheck.REUSED)
                .onErrorResume(failure -> {
                    log.warn("Partner nonce store unavailable, refusing {}'s request with 503: {}", partnerId,
                            failure.toString());
                    return Mono.just(NonceCheck.UNAVAILABLE);
                });
    }

    public Duration window() {
        return properties.window();
    }

    public long nowEpochSeconds() {
        return clock.instant().getEpochSecond();
    }
}
