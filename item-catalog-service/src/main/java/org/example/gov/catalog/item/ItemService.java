package org.example.gov.catalog.item;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Transaction boundary for item changes (the rules are in {@link Item} and {@link PublicationRules}); public reads are
 * answered from the in-memory {@link ItemCatalogue}, which is updated after each commit.
 */
@Service
public class ItemService {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final ItemRepository items;
    private final BaseItemRepository baseItems;
    private final ItemCatalogue catalogue;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;

    public ItemService(ItemRepository items, BaseItemRepository baseItems, ItemCatalogue catalogue, Outbox outbox, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.items = items;
        this.baseItems = baseItems;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    @Transactional
    public BaseItem createBase(BaseItem base, Actor maintainer) {
        CatalogueStaff.requireProvincialMaintainer(maintainer);
        baseItems.insert(base, clock.instant());
        return base;
    }

    @Transactional(readOnly = true)
    public BaseItem base(String code) {
        return baseItems.find(code).orElseThrow(() -> new NotFoundException("BASE_ITEM_NOT_FOUND", "No base item " + code, code));
    }

    @Transactional(readOnly = true)
    public List<BaseItem> bases() {
        return baseItems.findAll();
    }

    /** A new draft. With a base code, name/type/legal basis are inherited (and the code derived when not given). */
    @Transactional
    public Item create(String code, String baseCode, ItemContent content, Actor maintainer) {
        BaseItem base = baseCode == null || baseCode.isBlank() ? null : base(baseCode);
        ItemContent withBase = inherit(content, base);
        if (code == null || code.isBlank()) {
            if (base == null) {
                throw new BusinessRuleViolationException("CODE_REQUIRED", "code", "没有基本目录编码时必须填写事项编码");
            }
            code = Item.implementationCode(base.code(), content.level(), content.region(), content.departmentCode());
        }
        Item item = Item.draft(code, base, withBase, maintainer);
        items.insert(item);
        audit.staffAction(maintainer, "item.create", "item", item.id().toString());
        return item;
    }

    @Transactional
    public Item edit(ItemId id, ItemContent content, Actor maintainer) {
        Item item = load(id);
        BaseItem base = item.baseCode() == null ? null : base(item.baseCode());
        item.edit(inherit(content, base), base, maintainer);
        items.update(item);
        audit.staffAction(maintainer, "item.edit", "item", item.id().toString());
        return item;
    }

    @Transactional
    public Item submit(ItemId id, Actor maintainer) {
        Item item = load(id);
        item.submit(maintainer);
        items.update(item);
        audit.staffAction(maintainer, "item.review-request", "item", item.id().toString());
        return item;
    }

    @Transactional
    public Item approve(ItemId id, LocalDate effectiveDate, Actor reviewer) {
        Item item = load(id);
        Optional<ItemVersion> previous = item.latestPublished();
        item.approve(effectiveDate != null ? effectiveDate : today(), today(), clock.instant(), reviewer);
        items.update(item);
        ItemVersion published = item.latest();
        outbox.publish(ItemEvents.TOPIC, ItemEvents.ITEM_PUBLISHED, item.id().toString(),
                ItemEvents.ItemPublished.of(item, published));
        previous.ifPresent(p -> outbox.publish(ItemEvents.TOPIC, ItemEvents.ITEM_CHANGED, item.id().toString(),
                new ItemEvents.ItemChanged(item.id().toString(), item.code(), published.number(), p.number(),
                        published.effectiveDate(), changedFields(p.content(), published.content()))));
        afterCommit(item);
        audit.staffAction(reviewer, "item.publication", "item", item.id().toString());
        return item;
    }

    @Transactional
    public Item reject(ItemId id, String reason, Actor reviewer) {
        Item item = load(id);
        item.reject(reason, reviewer);
        items.update(item);
        audit.staffAction(reviewer, "item.rejection", "item", item.id().toString());
        return item;
    }

    @Transactional
    public Item cancel(ItemId id, String reason, Actor maintainer) {
        Item item = load(id);
        Instant now = clock.instant();
        item.cancel(today(), now, reason, maintainer);
        items.update(item);
        outbox.publish(ItemEvents.TOPIC, ItemEvents.ITEM_CANCELLED, item.id().toString(),
                new ItemEvents.ItemCancelled(item.id().toString(), item.code(),
                        item.latestPublished().map(ItemVersion::number).orElse(0), item.cancelDate(), now, reason));
        afterCommit(item);
        audit.staffAction(maintainer, "item.cancellation", "item", item.id().toString());
        return item;
    }

    /**
     * The item as {@code reader} may see it: staff in scope get it fresh from the database with its drafts; anyone
     * else the published item from memory, and 404 for an item never published (a draft is not public).
     */
    public Item read(ItemId id, Actor reader) {
        Item item = catalogue.find(id).filter(i -> !i.showsDraftsTo(reader)).orElseGet(() -> load(id));
        item.requireVisibleTo(reader);
        return item;
    }

    /** A published item as anyone sees it, from memory when it has ever been published. */
    public Item get(ItemId id) {
        return read(id, Actor.ANONYMOUS);
    }

    /** For staff: the item with its drafts, always from the database. */
    @Transactional(readOnly = true)
    public Item load(ItemId id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("ITEM_NOT_FOUND", "No item " + id, id));
    }

    public ItemCatalogue.Result search(ItemCatalogue.SearchQuery query) {
        return catalogue.search(query, today());
    }

    /** Start-up: builds the in-memory catalogue from the database. */
    public void loadCatalogue() {
        catalogue.load(items.findAllWithPublishedVersions(), today());
    }

    /** Takes in what other replicas committed since {@code since} (database time); returns the new watermark. */
    public Instant catchUp(Instant since) {
        Instant now = items.databaseNow();
        items.findChangedSince(since).forEach(i -> catalogue.put(i, today()));
        return now;
    }

    public Instant databaseNow() {
        return items.databaseNow();
    }

    private void afterCommit(Item item) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                items.find(item.id()).ifPresent(fresh -> catalogue.put(fresh, today()));
            }
        });
    }

    private static ItemContent inherit(ItemContent c, BaseItem base) {
        if (base == null) {
            return c;
        }
        return new ItemContent(c.name() == null ? base.name() : c.name(), c.department(), c.departmentCode(), c.region(),
                c.level(), c.itemType() == null ? base.itemType() : c.itemType(),
                c.legalBasis().isEmpty() ? base.legalBasis() : c.legalBasis(), c.kind(), c.legalDays(), c.promisedDays(),
                c.guide());
    }

    private static List<String> changedFields(ItemContent a, ItemContent b) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(a.department(), b.department())) changed.add("department");
        if (a.kind() != b.kind()) changed.add("kind");
        if (a.legalDays() != b.legalDays()) changed.add("legalDays");
        if (!Objects.equals(a.promisedDays(), b.promisedDays())) changed.add("promisedDays");
        if (!Objects.equals(a.guide(), b.guide())) changed.add("guide");
        return changed;
    }
}
