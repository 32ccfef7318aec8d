package org.example.gov.trading.integrity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The collusion warning rules (围标串标预警, DOMAIN.md §7) over one lot's bids once its opening record is published.
 *
 * <ul>
 * <li><b>Shared values</b>: two or more bids with the same submission address, the same decryption address, one machine
 * fingerprint (at the submission or the decryption of each: a machine is a machine), the same document hash, the same
 * document author (office suites' default authors ignored), or a deposit paid from the same account. Bids sharing
 * several values of one kind make one warning listing them all.</li>
 * <li><b>Price sequences</b> among the opened (DECRYPTED) prices, sorted: {@code minPriceSequence} or more prices —
 * not necessarily neighbours, an honest bid may fall between — that rise by one constant step (within
 * {@code stepTolerance}) or one constant ratio (within {@code ratioTolerance}); a sequence already flagged as a step
 * is not flagged again as a ratio, nor is a part of a longer sequence.</li>
 * </ul>
 * A warning is evidence, not a verdict: nothing here changes a bid, a result or a score.
 */
public final class CollusionRules {

    private final CollusionThresholds thresholds;

    public CollusionRules(CollusionThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public CollusionThresholds thresholds() {
        return thresholds;
    }

    /** The warnings about these bids, by kind then by first bid id (the same bids always give the same list). */
    public List<CollusionWarning> analyse(List<BidEvidence> bids) {
        List<BidEvidence> ordered = bids.stream().sorted(Comparator.comparing(BidEvidence::bidId)).toList();
        List<CollusionWarning> warnings = new ArrayList<>();
        warnings.addAll(shared(ordered, SignalKind.SHARED_SUBMISSION_ADDRESS, b -> address(b.submissionAddress())));
        warnings.addAll(shared(ordered, SignalKind.SHARED_DECRYPTION_ADDRESS, b -> address(b.decryptionAddress())));
        warnings.addAll(shared(ordered, SignalKind.SHARED_MACHINE_FINGERPRINT,
                b -> values(b.submissionFingerprint(), b.decryptionFingerprint())));
        warnings.addAll(shared(ordered, SignalKind.IDENTICAL_DOCUMENT,
                b -> values(b.documentHash() == null ? null : b.documentHash().toLowerCase(Locale.ROOT))));
        warnings.addAll(shared(ordered, SignalKind.SHARED_DOCUMENT_AUTHOR, b -> author(b.documentAuthor())));
        warnings.addAll(shared(ordered, SignalKind.SHARED_DEPOSIT_ACCOUNT,
                b -> b.depositAccounts().stream().map(CollusionRules::account).filter(a -> !a.isEmpty())
                        .collect(Collectors.toSet())));
        warnings.addAll(priceSequences(ordered));
        return List.copyOf(warnings);
    }

    // ------------------------------------------------------------------ shared values

    private static List<CollusionWarning> shared(List<BidEvidence> bids, SignalKind kind,
            Function<BidEvidence, Set<String>> values) {
        Map<String, TreeSet<String>> bidsByValue = new TreeMap<>();
        Map<String, BidEvidence> byId = new TreeMap<>();
        for (BidEvidence b : bids) {
            byId.put(b.bidId(), b);
            values.apply(b).forEach(v -> bidsByValue.computeIfAbsent(v, x -> new TreeSet<>()).add(b.bidId()));
        }
        // one warning per group of bids, with every value the group shares
        Map<List<String>, List<String>> valuesByGroup = new TreeMap<>(Comparator.comparing(List::toString));
        bidsByValue.forEach((value, ids) -> {
            long bidders = ids.stream().map(id -> byId.get(id).bidder()).distinct().count();
            if (bidders >= 2) {
                valuesByGroup.computeIfAbsent(List.copyOf(ids), g -> new ArrayList<>()).add(value);
            }
        });
        return valuesByGroup.entrySet().stream().map(e -> new CollusionWarning(kind, e.getKey(),
                e.getKey().stream().map(id -> byId.get(id).bidder()).toList(), String.join(", ", e.getValue())))
                .toList();
    }

    private Set<String> address(String address) {
        if (address == null || address.isBlank()) {
            return Set.of();
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        return thresholds.ignoredAddresses().contains(a) ? Set.of() : Set.of(a);
    }

    private Set<String> author(String author) {
        if (author == null) {
            return Set.of();
        }
        String a = author.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return a.isEmpty() || thresholds.ignoredAuthors().contains(a) ? Set.of() : Set.of(a);
    }

    /** Account numbers are written with spaces and dashes as often as without. */
    private static String account(String account) {
        return account == null ? "" : account.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static Set<String> values(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ------------------------------------------------------------------ price sequences

    private record Priced(String bidId, String bidder, BigDecimal total) {
    }

    private List<CollusionWarning> priceSequences(List<BidEvidence> bids) {
        List<Priced> p = bids.stream().filter(b -> b.total() != null)
                .map(b -> new Priced(b.bidId(), b.bidder(), b.total()))
                .sorted(Comparator.comparing(Priced::total).thenComparing(Priced::bidId)).toList();
        List<Set<Integer>> found = new ArrayList<>();
        List<CollusionWarning> warnings = new ArrayList<>();
        for (boolean ratio : new boolean[] { false, true }) {
            for (int i = 0; i < p.size(); i++) {
                for (int j = i + 1; j < p.size(); j++) {
                    List<Integer> seq = ratio ? ratioSequence(p, i, j) : stepSequence(p, i, j);
                    if (seq.size() >= thresholds.minPriceSequence() && found.stream().noneMatch(f -> f.containsAll(seq))) {
                        found.add(Set.copyOf(seq));
                        warnings.add(sequenceWarning(p, seq, ratio));
                    }
                }
            }
        }
        return warnings;
    }

    /** p[i], p[j] and every later price that continues their step (the first that does, each time). */
    private List<Integer> stepSequence(List<Priced> p, int i, int j) {
        BigDecimal step = p.get(j).total().subtract(p.get(i).total());
        if (step.compareTo(thresholds.stepTolerance()) <= 0) {
            return List.of();
        }
        List<Integer> seq = new ArrayList<>(List.of(i, j));
        BigDecimal next = p.get(j).total().add(step);
        for (int k = j + 1; k < p.size(); k++) {
            if (p.get(k).total().subtract(next).abs().compareTo(thresholds.stepTolerance()) <= 0) {
                seq.add(k);
                next = p.get(k).total().add(step);
            }
        }
        return seq;
    }

    private List<Integer> ratioSequence(List<Priced> p, int i, int j) {
        BigDecimal ratio = p.get(j).total().divide(p.get(i).total(), MathContext.DECIMAL64);
        if (ratio.compareTo(BigDecimal.ONE.add(thresholds.ratioTolerance())) <= 0) {
            return List.of();
        }
        List<Integer> seq = new ArrayList<>(List.of(i, j));
        BigDecimal next = p.get(j).total().multiply(ratio, MathContext.DECIMAL64);
        for (int k = j + 1; k < p.size(); k++) {
            BigDecimal off = p.get(k).total().subtract(next).abs();
            if (off.compareTo(next.multiply(thresholds.ratioTolerance(), MathContext.DECIMAL64)) <= 0) {
                seq.add(k);
                next = p.get(k).total().multiply(ratio, MathContext.DECIMAL64);
            }
        }
        return seq;
    }

    private static CollusionWarning sequenceWarning(List<Priced> p, List<Integer> seq, boolean ratio) {
        List<Priced> in = seq.stream().map(p::get).toList();
        String prices = in.stream().map(x -> x.total().toPlainString()).collect(Collectors.joining(", "));
        String evidence = ratio
                ? "prices " + prices + " rise by a constant ratio of "
                        + in.get(1).total().divide(in.get(0).total(), 6, RoundingMode.HALF_UP).toPlainString()
                : "prices " + prices + " rise by a constant step of "
                        + in.get(1).total().subtract(in.get(0).total()).toPlainString();
        List<Priced> byId = in.stream().sorted(Comparator.comparing(Priced::bidId)).toList();
        return new CollusionWarning(ratio ? SignalKind.CONSTANT_PRICE_RATIO : SignalKind.REGULAR_PRICE_STEP,
                byId.stream().map(Priced::bidId).toList(), byId.stream().map(Priced::bidder).toList(), evidence);
    }
}
