package org.example.gov.platform.calendar;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a {@link CalendarChangeListener} recounts its provisional dates: pages through the flagged rows by id (keyset,
 * {@value #BATCH} at a time, so a row that stays provisional never stalls the pass), recounts each in its own short
 * transaction (the caller's {@code recount}), and carries on past a row that fails (a lock wait, say): the next
 * change or start retries it. Every service that counts deadlines recounts this way.
 */
public final class ProvisionalRecount {

    public static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ProvisionalRecount.class);

    /** What a pass did. */
    public record Result(int seen, int changed, int failed) {
    }

    private ProvisionalRecount() {
    }

    /**
     * @param page    the ids after the given one (null = from the start), at most the given number, in id order
     * @param recount recounts one row; true if it changed
     * @param what    names the rows in the log ("case", "rectification ticket")
     */
    public static <K> Result run(BiFunction<K, Integer, List<K>> page, Predicate<K> recount, String what) {
        int seen = 0;
        int changed = 0;
        int failed = 0;
        K after = null;
        for (List<K> ids; !(ids = page.apply(after, BATCH)).isEmpty(); after = ids.getLast()) {
            for (K id : ids) {
                seen++;
                try {
                    changed += recount.test(id) ? 1 : 0;
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Could not recount the provisional dates of {} {}: {}", what, id, e.toString());
                }
            }
        }
        return new Result(seen, changed, failed);
    }
}
