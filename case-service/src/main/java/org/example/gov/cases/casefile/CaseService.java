package org.example.gov.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.example.gov.cases.catalog.CatalogItem;
import org.example.gov.cases.catalog.ItemLookup;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orchestrates case transitions: load, call the aggregate, store the case, its history and its event in
 * one transaction. The catalogue is asked before the transaction opens, so a slow catalogue never holds
 * a database connection and a failed lookup stores nothing.
 */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final ItemLookup itemLookup;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CaseNumbers numbers = new CaseNumbers();

    public CaseService(CaseRepository cases, ItemLookup itemLookup, Outbox outbox, TransactionTemplate transactions,
            Clock clock) {
        this.cases = cases;
        this.itemLookup = itemLookup;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Case submit(String itemId, Actor applicant, String channel) {
        CatalogItem item = itemLookup.publishedItem(itemId);
        PinnedItem pinned = new PinnedItem(item.id(), item.code(), item.name(), item.version(), item.department(),
                item.region(), item.kind(), item.promisedDays());
        Instant now = clock.instant();
        Case c = Case.submit(numbers.next(now), numbers.queryCode(), pinned, applicant, channel, now);
        transactions.executeWithoutResult(status -> {
            cases.insert(c);
            outbox.publish(CaseEvents.TOPIC, CaseEvents.SUBMITTED, c.id().toString(), CaseEvents.CaseChanged.of(c, applicant.id(), now));
        });
        return c;
    }

    public Case accept(CaseId id, Actor clerk) {
        return transition(id, clerk, CaseEvents.ACCEPTED, (c, now) -> c.accept(clerk, now));
    }

    public Case close(CaseId id, Actor clerk) {
        return transition(id, clerk, CaseEvents.CLOSED, (c, now) -> c.close(clerk, now));
    }

    public Case withdraw(CaseId id, Actor applicant, String reason) {
        return transition(id, applicant, CaseEvents.WITHDRAWN, (c, now) -> {
            if (!c.isApplicant(applicant)) {
                throw notFound(id); // do not reveal other people's cases
            }
            c.withdraw(applicant, now, reason);
        });
    }

    public CaseView view(CaseId id, Actor viewer) {
        Case c = cases.find(id).orElseThrow(() -> notFound(id));
        boolean staff = viewer.has(Role.CLERK) || viewer.has(Role.APPROVER) || viewer.has(Role.SUPERVISOR);
        if (!staff && !c.isApplicant(viewer)) {
            throw notFound(id);
        }
        return new CaseView(c, cases.history(id));
    }

    private Case transition(CaseId id, Actor actor, String eventType, Transition transition) {
        return transactions.execute(status -> {
            Case c = cases.find(id).orElseThrow(() -> notFound(id));
            Instant now = clock.instant();
            transition.apply(c, now);
            cases.update(c);
            outbox.publish(CaseEvents.TOPIC, eventType, c.id().toString(), CaseEvents.CaseChanged.of(c, actor.id(), now));
            return c;
        });
    }

    private static NotFoundException notFound(CaseId id) {
        return new NotFoundException("CASE_NOT_FOUND", "No case " + id, id);
    }

    @FunctionalInterface
    private interface Transition {
        void apply(Case c, Instant now);
    }

    public record CaseView(Case caseFile, List<HistoryEntry> history) {
    }
}
