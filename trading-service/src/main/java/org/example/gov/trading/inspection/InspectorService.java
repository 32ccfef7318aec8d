package org.example.gov.trading.inspection;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inspector lists: kept by the SUPERVISOR of the region or above (the supervising departments organise 双随机),
 * read by supervisors and trading-centre staff within their reach. A listed inspector is removed, never deleted.
 */
public class InspectorService {

    static final Set<Role> KEEPERS = Set.of(Role.SUPERVISOR);
    static final Set<Role> READERS = Set.of(Role.SUPERVISOR, Role.TRADING_STAFF);
    static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_.@-]{1,100}");

    private final InspectorRepository inspectors;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public InspectorService(InspectorRepository inspectors, AuditTrail audit, TransactionTemplate transactions,
            Clock clock) {
        this.inspectors = inspectors;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Listing(String account, String department, String region, String organisation, Set<String> ties) {
    }

    public Inspector add(Listing l, Actor actor) {
        if (l.region() == null || !ScopePolicy.of(actor, KEEPERS).covers(l.region(), null)) {
            throw new ForbiddenException("INSPECTION_REGION_OUT_OF_SCOPE", "region",
                    "Supervisors list inspectors of their own region or below", l.region());
        }
        if (l.account() == null || !ACCOUNT.matcher(l.account()).matches()) {
            throw new BusinessRuleViolationException("SUBJECT_INVALID", "account",
                    "An account is named by its login subject (letters, digits, . _ @ -)");
        }
        if (l.department() == null || l.department().isBlank()) {
            throw new BusinessRuleViolationException("INSPECTOR_DEPARTMENT_REQUIRED", "department",
                    "An inspector inspects for a department");
        }
        Inspector i = new Inspector(UUID.randomUUID(), l.account(), l.department().strip(), l.region(),
                l.organisation() == null || l.organisation().isBlank() ? null : l.organisation().strip(),
                l.ties() == null ? Set.of() : l.ties(), true, actor.id(), clock.instant());
        try {
            transactions.executeWithoutResult(s -> {
                inspectors.insert(i);
                audit.staffAction(actor, "trading.inspector-add", "inspector", i.id().toString());
            });
        } catch (DuplicateKeyException listed) {
            throw new ConflictException("INSPECTOR_ALREADY_LISTED", "{0} is on the list of region {1} already",
                    l.account(), l.region());
        }
        return i;
    }

    public void remove(UUID id, Actor actor) {
        transactions.executeWithoutResult(s -> {
            Inspector i = inspectors.find(id).filter(x -> ScopePolicy.of(actor, KEEPERS).covers(x.region(), null))
                    .orElseThrow(() -> new NotFoundException("INSPECTOR_NOT_FOUND", "No inspector {0}", id));
            inspectors.deactivate(i.id());
            audit.staffAction(actor, "trading.inspector-remove", "inspector", id.toString());
        });
    }

    public List<Inspector> list(int page, int size, Actor actor) {
        return inspectors.list(ScopePolicy.of(actor, READERS), page, size);
    }
}
