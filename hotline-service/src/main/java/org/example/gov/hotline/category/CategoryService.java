package org.example.gov.hotline.category;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The category tree: read for intake and to check that a ticket is filed under an active leaf; loaded by provincial
 * supervisors (the tree is the province's, so every city's tickets and statistics share it).
 */
@Service
public class CategoryService {

    private final CategoryRepository categories;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;

    public CategoryService(CategoryRepository categories, TransactionTemplate transactions, AuditTrail audit) {
        this.categories = categories;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** One node to load: added or renamed when {@code active}, retired with everything below it when not. */
    public record Change(Category category, boolean active) {
    }

    /** The active leaf of this code, or empty when the code is unknown, retired or not a leaf. */
    public Optional<Category> leaf(String code) {
        return code == null ? Optional.empty() : categories.findActive(code).filter(Category::isLeaf);
    }

    public List<Category> tree() {
        return categories.allActive();
    }

    /**
     * Loads nodes in one transaction, parents before children: a new node's parent must be active (in the table or
     * earlier in the same load), so the tree never holds an orphan.
     */
    public void load(List<Change> changes, Actor actor) {
        if (RegionCode.parse(actor.region()).map(r -> r.level() != RegionCode.Level.PROVINCE).orElse(true)) {
            throw new ForbiddenException("CATEGORY_TREE_IS_PROVINCIAL", null,
                    "The category tree is the province's: provincial supervisors load it");
        }
        transactions.executeWithoutResult(status -> {
            for (Change change : changes.stream().sorted(Comparator.comparing(c -> c.category().code().length())).toList()) {
                Category c = change.category();
                if (!change.active()) {
                    categories.retireSubtree(c.code());
                    continue;
                }
                if (c.parentCode() != null && categories.findActive(c.parentCode()).isEmpty()) {
                    throw new BusinessRuleViolationException("CATEGORY_PARENT_UNKNOWN", "parentCode",
                            "Category " + c.code() + " needs its active parent " + c.parentCode(), c.parentCode());
                }
                categories.upsert(c);
            }
            audit.record(AuditKind.CONFIGURATION_CHANGE, "DONE", actor, "hotline.categories.load", "category-tree", null,
                    null, changes.size() + " node(s)");
        });
    }
}
