package org.example.gov.catalog.item;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Transaction boundary for item changes; the rules are in {@link Item}. */
@Service
public class ItemService {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final ItemRepository items;
    private final Outbox outbox;
    private final Clock clock;

    public ItemService(ItemRepository items, Outbox outbox, Clock clock) {
        this.items = items;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Item create(NewItem command) {
        Item item = Item.draft(command.code(), command.name(), command.department(), command.region(), command.kind(),
                command.legalDays(), command.promisedDays());
        items.insert(item);
        return item;
    }

    @Transactional
    public Item publish(ItemId id, LocalDate effectiveDate) {
        Item item = get(id);
        item.publish(effectiveDate != null ? effectiveDate : LocalDate.now(clock.withZone(BUSINESS_ZONE)), clock.instant());
        items.update(item);
        outbox.publish(ItemEvents.TOPIC, ItemEvents.ITEM_PUBLISHED, item.id().toString(), ItemEvents.ItemPublished.of(item));
        return item;
    }

    @Transactional(readOnly = true)
    public Item get(ItemId id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("ITEM_NOT_FOUND", "No item " + id, id));
    }

    @Transactional(readOnly = true)
    public List<Item> published(int page, int size) {
        return items.findPage(ItemStatus.PUBLISHED, page * size, size);
    }

    @Transactional(readOnly = true)
    public long countPublished() {
        return items.count(ItemStatus.PUBLISHED);
    }

    public record NewItem(String code, String name, String department, String region, ItemKind kind, int legalDays,
            Integer promisedDays) {
    }
}
