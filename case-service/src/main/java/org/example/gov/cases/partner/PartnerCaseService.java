package org.example.gov.cases.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.cases.casefile.Act;
import org.example.gov.cases.casefile.Applicant;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseAction;
import org.example.gov.cases.casefile.CaseId;
import org.example.gov.cases.casefile.CaseRepository;
import org.example.gov.cases.casefile.CaseService;
import org.example.gov.cases.casefile.CaseService.CaseView;
import org.example.gov.cases.casefile.Origin;
import org.example.gov.cases.catalog.ItemLookup;
import org.example.gov.cases.partner.config.PartnersProperties.Partner;
import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.security.Actor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner city's side of a case: forwarding one (idempotent per Idempotency-Key) and reading its own cases.
 * A partner never learns whether another partner's case exists (404, as for an unknown id).
 */
@Service
public class PartnerCaseService {

    /** Retries when waiting forwards with one key deadlock after the first of them rolled back (rare). */
    private static final int ATTEMPTS = 3;

    private final CaseService cases;
    private final CaseRepository caseRepository;
    private final PartnerCaseRepository partnerCases;
    private final IdempotencyKeyRepository keys;
    private final PartnerRegistry partners;
    private final CalendarReplica calendar;
    private final ItemLookup items;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public PartnerCaseService(CaseService cases, CaseRepository caseRepository, PartnerCaseRepository partnerCases,
            IdempotencyKeyRepository keys, PartnerRegistry partners, CalendarReplica calendar, ItemLookup items,
            TransactionTemplate transactions, Clock clock, AuditTrail audit) {
        this.cases = cases;
        this.caseRepository = caseRepository;
        this.partnerCases = partnerCases;
        this.keys = keys;
        this.partners = partners;
        this.calendar = calendar;
        this.items = items;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /** A forwarded case, and whether this call created it (false: a retry answered with the case it made before). */
    public record Forwarded(CaseView view, boolean created) {
    }

    /**
     * Creates the case once per key. A retry is answered from the stored key without calling the catalogue again; a
     * concurrent retry blocks on the key row the first request inserted and, once that commits, answers its case.
     */
    public Forwarded forward(Actor actor, IdempotencyKey key, Forward forward) {
        Partner partner = partners.of(actor);
        String hash = forward.hash();
        for (int attempt = 1; ; attempt++) {
            var stored = keys.find(actor.id(), key);
            if (stored.isPresent()) {
                return replay(actor.id(), stored.get(), hash);
            }
            Origin origin = new Origin(Origin.Channel.PARTNER, null, actor.id(), forward.partnerReference(), null);
            Act act = cases.act(actor, CaseAction.SUBMIT, location(partner, forward.hall()));
            Applicant applicant = CaseService.applicantFor(actor, forward.applicant(), origin);
            // the catalogue is asked before the transaction, as for every submission
            Case c = cases.newCase(cases.pin(items.publishedItem(forward.itemId())), applicant, origin, act);
            try {
                transactions.executeWithoutResult(status -> {
                    keys.insert(actor.id(), key, hash, c.id().toString(), clock.instant()); // first: others wait here
                    cases.storeNew(c);
                    audit.record(AuditKind.PARTNER_CALL, "DONE", actor, "partner.forward", "case", c.id().toString(),
                            null, null);
                });
                // read back as stored, so the first answer and every replay have the same body
                return new Forwarded(load(actor.id(), c.id()), true);
            } catch (DataIntegrityViolationException raced) {
                var winner = keys.find(actor.id(), key);
                if (winner.isEmpty()) {
                    throw raced; // a duplicate of something else (case number): not ours to hide
                }
                return replay(actor.id(), winner.get(), hash);
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt >= ATTEMPTS) {
                    throw deadlock;
                }
            }
        }
    }

    public CaseView view(Actor actor, String caseId) {
        partners.of(actor);
        CaseId id;
        try {
            id = CaseId.of(caseId);
        } catch (IllegalArgumentException notAnId) {
            throw CaseService.notFound(caseId);
        }
        CaseView view = load(actor.id(), id); // 404 for another partner's case, before anything is recorded
        audit.record(AuditKind.PARTNER_CALL, "DONE", actor, "partner.read", "case", caseId, null, null);
        return view;
    }

    public record CasePage(List<CaseView> content, long total) {
    }

    public CasePage list(Actor actor, int page, int size) {
        partners.of(actor);
        List<CaseView> content = partnerCases.caseIds(actor.id(), page, size).stream()
                .map(id -> load(actor.id(), CaseId.of(id))).toList();
        return new CasePage(content, partnerCases.count(actor.id()));
    }

    private Forwarded replay(String partnerId, IdempotencyKeyRepository.StoredKey stored, String hash) {
        if (!stored.requestHash().equals(hash)) {
            throw new BusinessRuleViolationException("IDEMPOTENCY_KEY_REUSED", IdempotencyKey.HEADER,
                    "This Idempotency-Key was used for a different forward (case " + stored.caseId()
                            + "); use a new key for a new case", stored.caseId());
        }
        return new Forwarded(load(partnerId, CaseId.of(stored.caseId())), false);
    }

    private CaseView load(String partnerId, CaseId id) {
        Case c = caseRepository.find(id).filter(found -> partnerId.equals(found.origin().partnerId()))
                .orElseThrow(() -> CaseService.notFound(id));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Act.ZONE);
        return new CaseView(c, caseRepository.history(id), c.remainingWorkingDays(today, calendar.calendars()),
                c.rowVersion());
    }

    /** Both places appear in the history: the partner city and the hall where the applicant was seen. */
    static String location(Partner partner, String hall) {
        String name = partner.name() == null || partner.name().isBlank() ? "partner" : partner.name();
        return hall == null || hall.isBlank() ? name : name + " " + hall.trim();
    }
}
