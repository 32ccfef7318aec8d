package org.example.gov.platform.transaction;

import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a transaction again when the database rolled it back as the victim of a deadlock (or it waited too long for a
 * lock). Under REPEATABLE READ a locking read that finds nothing locks the gap where the row would be, and two
 * transactions that locked the same gap and then both insert there deadlock; InnoDB rolls one back. Nothing was wrong
 * with that request: running it again after the other committed succeeds. Only for work that is all inside the
 * transaction (database writes, outbox events, audit records), so a rolled-back attempt leaves no trace.
 * <p>
 * After the last attempt the exception goes on (ProblemDetailsAdvice answers 503 LOCK_CONFLICT with Retry-After).
 */
public final class DeadlockRetry {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

    private DeadlockRetry() {
    }

    public static <T> T execute(TransactionTemplate transactions, TransactionCallback<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(work);
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info("Transaction rolled back by a lock conflict (attempt {} of {}), running it again: {}", attempt,
                        ATTEMPTS, e.getMostSpecificCause().getMessage());
                pause(attempt);
            }
        }
    }

    /** A few milliseconds, more each time and random, so the transactions that met do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a transaction again", e);
        }
    }
}
