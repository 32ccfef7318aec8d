package org.example.gov.cases.bundle;

import java.util.ArrayList;
import java.util.List;

import org.example.gov.cases.casefile.Act;
import org.example.gov.cases.casefile.Applicant;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseAction;
import org.example.gov.cases.casefile.CaseRepository;
import org.example.gov.cases.casefile.CaseService;
import org.example.gov.cases.casefile.Origin;
import org.example.gov.cases.casefile.PinnedItem;
import org.example.gov.cases.catalog.CatalogBundle;
import org.example.gov.cases.catalog.ItemLookup;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 一件事: one application creates one sub-case per item in force, all in one transaction (all or none), each with its
 * own department and clock; {@link BundleCompletion} completes the application when its last sub-case ends.
 */
@Service
public class BundleService {

    private final BundleRepository bundles;
    private final CaseRepository cases;
    private final CaseService caseService;
    private final ItemLookup catalog;
    private final TransactionTemplate transactions;

    public BundleService(BundleRepository bundles, CaseRepository cases, CaseService caseService, ItemLookup catalog,
            TransactionTemplate transactions) {
        this.bundles = bundles;
        this.cases = cases;
        this.caseService = caseService;
        this.catalog = catalog;
        this.transactions = transactions;
    }

    public BundleView apply(String bundleId, Origin.Channel channel, Applicant forApplicant, Actor actor, String location) {
        CatalogBundle bundle = catalog.publishedBundle(bundleId);
        List<PinnedItem> items = bundle.items().stream().filter(CatalogBundle.Item::inForce)
                .map(i -> caseService.pin(catalog.publishedItem(i.itemId()))).toList();
        if (items.isEmpty()) {
            throw new BusinessRuleViolationException("BUNDLE_HAS_NO_ITEMS_IN_FORCE", "bundleId",
                    "Bundle " + bundle.code() + " has no item in force", bundle.code());
        }
        items.forEach(item -> caseService.checkMayRegister(actor, item));
        Act act = caseService.act(actor, CaseAction.SUBMIT, location);
        Applicant applicant = CaseService.applicantFor(actor, forApplicant, Origin.online(channel));
        BundleApplication application = BundleApplication.open(bundle.id(), bundle.code(), bundle.name(), bundle.region(),
                applicant.id(), act.at());
        Origin origin = new Origin(channel, applicant.id().equals(actor.id()) ? null : actor.id(), null, null,
                application.id());
        List<Case> subCases = new ArrayList<>();
        for (PinnedItem item : items) {
            subCases.add(caseService.newCase(item, applicant, origin, act));
        }
        transactions.executeWithoutResult(status -> {
            bundles.insert(application);
            subCases.forEach(caseService::storeNew);
        });
        return new BundleView(application, subCases);
    }

    public BundleView view(String applicationId, Actor viewer) {
        BundleApplication application = bundles.find(applicationId)
                .orElseThrow(() -> new NotFoundException("BUNDLE_APPLICATION_NOT_FOUND", "No bundle application " + applicationId,
                        applicationId));
        if (application.applicantId().equals(viewer.id())) {
            return new BundleView(application, cases.findByBundle(applicationId));
        }
        // staff see the sub-cases of their scope only (each has its own department), and nothing if none is theirs
        List<Case> reached = cases.findByBundle(applicationId).stream()
                .filter(c -> CaseService.reaches(viewer, c, CaseService.READERS)).toList();
        if (reached.isEmpty()) {
            throw new NotFoundException("BUNDLE_APPLICATION_NOT_FOUND", "No bundle application " + applicationId, applicationId);
        }
        return new BundleView(application, reached);
    }

    /** The applicant's one progress view: the application and every sub-case. */
    public record BundleView(BundleApplication application, List<Case> subCases) {
    }
}
