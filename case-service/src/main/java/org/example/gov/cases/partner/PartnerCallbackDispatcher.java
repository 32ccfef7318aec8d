package org.example.gov.cases.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.gov.cases.partner.config.CallbackProperties;
import org.example.gov.cases.partner.config.PartnersProperties.Partner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due callbacks. One run claims a batch (FOR UPDATE SKIP LOCKED, so replicas share the work and never send the
 * same row at once), POSTs them in parallel (at most one per case, see the claim), logs every attempt, marks 2xx as
 * acknowledged and schedules the rest with back-off, all in the claiming transaction. The rows stay locked while the
 * HTTP calls run, which the request timeout bounds. Delivery is at least once: a crash between the POST and the
 * commit repeats it with the same callback id.
 */
@Component
public class PartnerCallbackDispatcher {

    private static final Logger log = LoggerFactory.getLogger(PartnerCallbackDispatcher.class);

    private final PartnerCallbackRepository callbacks;
    private final PartnerRegistry partners;
    private final CallbackClient client;
    private final CallbackProperties properties;
    private final Backoff backoff;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public PartnerCallbackDispatcher(PartnerCallbackRepository callbacks, PartnerRegistry partners, CallbackClient client,
            CallbackProperties properties, TransactionTemplate transactions, Clock clock) {
        this.callbacks = callbacks;
        this.partners = partners;
        this.client = client;
        this.properties = properties;
        this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff());
        // READ COMMITTED: the claim takes no gap locks that would block new callbacks being recorded
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /** Sends one batch of due callbacks; returns how many were acknowledged. Public for tests and operators. */
    public int dispatchDue() {
        List<String> receiving = partners.receivingCallbacks();
        if (receiving.isEmpty()) {
            return 0; // nothing configured: callbacks stay recorded until a partner has a URL and a secret
        }
        Integer acknowledged = transactions.execute(status -> {
            List<PendingCallback> due = callbacks.claimDue(receiving, clock.instant(), properties.batchSize());
            List<DeliveryAttempt> attempts = deliver(due);
            int ok = 0;
            for (int i = 0; i < due.size(); i++) {
                PendingCallback callback = due.get(i);
                DeliveryAttempt attempt = attempts.get(i);
                callbacks.log(callback.partnerId(), attempt);
                if (attempt.acknowledged()) {
                    callbacks.acknowledged(callback.seq(), attempt.attempt(), attempt.at());
                    ok++;
                } else {
                    Duration wait = backoff.after(attempt.attempt());
                    callbacks.retryLater(callback.seq(), attempt.attempt(), clock.instant().plus(wait));
                    log.info("Callback {} to partner {} not acknowledged (attempt {}: {}); next in {}",
                            callback.callbackId(), callback.partnerId(), attempt.attempt(),
                            attempt.httpStatus() != null ? "HTTP " + attempt.httpStatus() : attempt.error(), wait);
                }
            }
            return ok;
        });
        return acknowledged == null ? 0 : acknowledged;
    }

    private List<DeliveryAttempt> deliver(List<PendingCallback> due) {
        List<Future<DeliveryAttempt>> futures = new ArrayList<>(due.size());
        try (ExecutorService posts = Executors.newVirtualThreadPerTaskExecutor()) {
            for (PendingCallback callback : due) {
                futures.add(posts.submit(() -> deliver(callback)));
            }
        } // close() waits for every POST; each is bounded by the request timeout
        return futures.stream().map(Future::resultNow).toList();
    }

    private DeliveryAttempt deliver(PendingCallback callback) {
        Partner partner = partners.find(callback.partnerId());
        Instant at = clock.instant();
        long start = System.nanoTime();
        CallbackClient.Outcome outcome;
        try {
            outcome = client.post(partner.callbackUrl(), partner.callbackKeyIdOrDefault(), partner.secret(),
                    at.getEpochSecond(), callback.callbackId(), callback.body());
        } catch (RuntimeException e) { // a bad URL in the configuration: logged like any failed attempt
            outcome = new CallbackClient.Outcome(null, e.toString());
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return new DeliveryAttempt(callback.callbackId(), callback.caseId(), callback.action(), callback.attempts() + 1,
                at, outcome.httpStatus(), outcome.error(), millis);
    }
}
