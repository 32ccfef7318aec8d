package org.example.gov.catalog.bundle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.example.gov.catalog.item.Item;
import org.example.gov.catalog.item.ItemCatalogue;
import org.example.gov.catalog.item.ItemContent;
import org.example.gov.catalog.item.ItemId;
import org.example.gov.catalog.item.ItemKind;
import org.example.gov.catalog.item.ItemService;
import org.example.gov.catalog.item.ItemVersion;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Transaction boundary for bundles (the rules are in {@link Bundle}); public reads come from the in-memory
 * {@link BundleCatalogue}, with each item's name, department and promised limit taken from the version in force in
 * the in-memory {@link ItemCatalogue}.
 */
@Service
public class BundleService {

    private final BundleRepository bundles;
    private final BundleCatalogue catalogue;
    private final ItemService items;
    private final ItemCatalogue itemCatalogue;
    private final Outbox outbox;
    private final Clock clock;

    public BundleService(BundleRepository bundles, BundleCatalogue catalogue, ItemService items,
            ItemCatalogue itemCatalogue, Outbox outbox, Clock clock) {
        this.bundles = bundles;
        this.catalogue = catalogue;
        this.items = items;
        this.itemCatalogue = itemCatalogue;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a client sends for a shared material: its name and the ids of the bundle items it satisfies. */
    public record MaterialDraft(String name, List<ItemId> itemIds) {
    }

    /**
     * A new draft; each item is looked up in the catalogue for its code, name and department: a published item, or a
     * draft the maintainer may see (another region's draft is unknown to them, as everywhere else).
     */
    @Transactional
    public Bundle create(String code, String name, String topic, String region, String description, List<ItemId> itemIds,
            List<MaterialDraft> sharedMaterials, Actor maintainer) {
        List<BundleItem> bundleItems = new ArrayList<>();
        List<ItemId> ids = itemIds == null ? List.of() : itemIds;
        for (int i = 0; i < ids.size(); i++) {
            Item item;
            try {
                item = items.load(ids.get(i));
                item.requireVisibleTo(maintainer);
            } catch (NotFoundException e) {
                throw new BusinessRuleViolationException("BUNDLE_ITEM_UNKNOWN", "itemIds[" + i + "]",
                        "一件事引用的事项不存在", ids.get(i).toString());
            }
            ItemContent c = item.versionInForce(items.today()).orElse(item.latest()).content();
            bundleItems.add(new BundleItem(item.id(), item.code(), c.name(), c.department()));
        }
        List<SharedMaterial> shared = sharedMaterials == null ? List.of()
                : sharedMaterials.stream().map(m -> new SharedMaterial(m.name(), m.itemIds())).toList();
        Bundle bundle = Bundle.draft(code, name, topic, region, description, bundleItems, shared, maintainer);
        bundles.insert(bundle);
        afterCommit(bundle.id());
        return bundle;
    }

    /** The reviewer publishes: every item must be in force today (read from the database, not the cache). */
    @Transactional
    public Bundle publish(BundleId id, Actor reviewer) {
        Bundle bundle = load(id);
        LocalDate today = items.today();
        bundle.publish(itemId -> {
            try {
                return items.load(itemId).versionInForce(today).isPresent();
            } catch (NotFoundException e) {
                return false;
            }
        }, clock.instant(), reviewer);
        bundles.update(bundle);
        outbox.publish(BundleEvents.TOPIC, BundleEvents.BUNDLE_PUBLISHED, bundle.id().toString(),
                BundleEvents.BundlePublished.of(bundle));
        afterCommit(bundle.id());
        return bundle;
    }

    @Transactional
    public Bundle cancel(BundleId id, String reason, Actor maintainer) {
        Bundle bundle = load(id);
        bundle.cancel(clock.instant(), reason, maintainer);
        bundles.update(bundle);
        afterCommit(bundle.id());
        return bundle;
    }

    @Transactional(readOnly = true)
    public Bundle load(BundleId id) {
        return bundles.find(id).orElseThrow(() -> new NotFoundException("BUNDLE_NOT_FOUND", "No bundle " + id, id));
    }

    /** From memory; 404 for a bundle the reader may not see (a draft outside their scope, or any draft for the public). */
    public Bundle get(BundleId id, Actor reader) {
        Bundle bundle = catalogue.find(id).orElseThrow(() -> new NotFoundException("BUNDLE_NOT_FOUND", "No bundle " + id, id));
        bundle.requireVisibleTo(reader);
        return bundle;
    }

    /** From memory, only what the reader may see. */
    public BundleCatalogue.Result list(BundleCatalogue.Query query, Actor reader) {
        return catalogue.list(query, bundle -> bundle.visibleTo(reader));
    }

    /** One grouped item as the public sees it today; {@code inForce} false when the catalogue has no version in force. */
    public record ItemLine(String itemId, String code, String name, String department, ItemKind kind,
            Integer promisedDays, boolean inForce) {
    }

    /** A bundle with its items resolved against the catalogue in force today and the combined promised limit. */
    public record View(Bundle bundle, List<ItemLine> items, Integer combinedPromisedDays) {
    }

    public View view(Bundle bundle) {
        LocalDate today = items.today();
        List<ItemLine> lines = bundle.items().stream().map(bi -> {
            Optional<ItemVersion> v = itemCatalogue.find(bi.itemId()).flatMap(i -> i.versionInForce(today));
            if (v.isEmpty()) {
                return new ItemLine(bi.itemId().toString(), bi.code(), bi.name(), bi.department(), null, null, false);
            }
            ItemContent c = v.get().content();
            Integer promised = c.kind() == ItemKind.INSTANT ? Integer.valueOf(0) : c.promisedDays();
            return new ItemLine(bi.itemId().toString(), bi.code(), c.name(), c.department(), c.kind(), promised, true);
        }).toList();
        return new View(bundle, lines, Bundle.combinedPromisedDays(
                lines.stream().filter(ItemLine::inForce).map(ItemLine::promisedDays).toList()));
    }

    public void loadCatalogue() {
        catalogue.load(bundles.findAll());
    }

    private void afterCommit(BundleId id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                bundles.find(id).ifPresent(catalogue::put);
            }
        });
    }
}
