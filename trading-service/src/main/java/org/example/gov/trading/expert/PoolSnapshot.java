package org.example.gov.trading.expert;

import java.util.ArrayList;
import java.util.List;


/**
 * The pool a draw drew from, in its canonical form: the experts' ids in canonical order ({@link ExpertId#compareTo}),
 * one per line ({@code id\n} each, US-ASCII). Its {@link #hash} is the SM3 (hex) of exactly that text, so it names the
 * snapshot: a pool version is stored once under its hash and every draw from it refers to it, and anyone holding the
 * stored text verifies it against a draw record's hash with any SM3 tool.
 */
public record PoolSnapshot(String hash, List<ExpertId> ids) {

    public PoolSnapshot {
        ids = List.copyOf(ids);
    }

    /** The snapshot of ids already in canonical order. */
    public static PoolSnapshot of(List<ExpertId> canonicalIds) {
        return new PoolSnapshot(hash(canonicalIds), canonicalIds);
    }

    /**
     * A stored snapshot read back under the hash it was stored by. Throws when the text is not that hash's content (a
     * row altered after it was stored), so no draw is ever rebuilt, shown or replayed from an altered pool.
     */
    public static PoolSnapshot stored(String hash, String canonicalText) {
        List<ExpertId> ids = new ArrayList<>();
        int from = 0;
        while (from < canonicalText.length()) {
            int end = canonicalText.indexOf('\n', from);
            if (end < 0) {
                throw new IllegalStateException("pool snapshot " + hash + " does not end its last line");
            }
            ids.add(ExpertId.of(canonicalText.substring(from, end)));
            from = end + 1;
        }
        PoolSnapshot snapshot = of(ids);
        if (!snapshot.hash().equals(hash)) {
            throw new IllegalStateException("the stored pool snapshot " + hash + " does not match its hash");
        }
        return snapshot;
    }

    /** SM3 (hex) of the canonical text of {@code canonicalIds}, computed without building that text. */
    public static String hash(List<ExpertId> canonicalIds) {
        // ids are ASCII, so their UTF-8 lines are the same bytes: one list hash for every draw (experts, inspections)
        return DrawRandom.listHash(canonicalIds);
    }

    /** What is stored: the ids one per line, the text {@link #hash} is the SM3 of. */
    public String canonicalText() {
        StringBuilder text = new StringBuilder(ids.size() * 37);
        ids.forEach(id -> text.append(id).append('\n'));
        return text.toString();
    }

    public int size() {
        return ids.size();
    }
}
