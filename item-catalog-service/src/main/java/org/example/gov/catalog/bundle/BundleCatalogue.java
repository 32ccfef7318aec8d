package org.example.gov.catalog.bundle;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/**
 * Every bundle in memory (there are tens, not thousands): public reads never touch the database. Rebuilt at start-up
 * and every {@code catalog.bundles.refresh-interval} (changes from other replicas), and updated after each commit.
 */
@Component
public class BundleCatalogue {

    private final Map<BundleId, Bundle> bundles = new ConcurrentHashMap<>();

    /** Takes in every stored bundle (bundles are never deleted); a newer copy already in memory is kept. */
    public synchronized void load(Collection<Bundle> all) {
        all.forEach(this::put);
    }

    public synchronized void put(Bundle bundle) {
        Bundle current = bundles.get(bundle.id());
        if (current == null || current.rowVersion() <= bundle.rowVersion()) {
            bundles.put(bundle.id(), bundle);
        }
    }

    public Optional<Bundle> find(BundleId id) {
        return Optional.ofNullable(bundles.get(id));
    }

    public record Query(String topic, String region, BundleStatus status, int page, int size) {
    }

    public record Result(List<Bundle> content, long total) {
    }

    /** Filtered by exact topic / region / status and what the reader may see, ordered by code. */
    public Result list(Query q, Predicate<Bundle> visible) {
        List<Bundle> matching = bundles.values().stream()
                .filter(visible)
                .filter(b -> q.topic() == null || q.topic().isBlank() || b.topic().equals(q.topic().trim()))
                .filter(b -> q.region() == null || q.region().isBlank() || b.region().equals(q.region().trim()))
                .filter(b -> q.status() == null || b.status() == q.status())
                .sorted(Comparator.comparing(Bundle::code)).toList();
        List<Bundle> page = matching.stream().skip((long) q.page() * q.size()).limit(q.size()).toList();
        return new Result(page, matching.size());
    }
}
