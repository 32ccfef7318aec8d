package org.example.gov.trading.negativelist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Project;
import org.example.gov.trading.tender.ProjectId;
import org.example.gov.trading.tender.TenderService;
import org.example.gov.platform.digest.Sha256;

/**
 * The negative list while a tender is drafted (负面清单): the tenderee or agent stores the documents' text and gets the
 * warnings at once; a reviewer of the trading centre may override a text's hits with a reason; the announcement is
 * blocked meanwhile ({@link NegativeListGate}). Every change runs with the project locked and only while it is a draft
 * (409 after, with what the project allows).
 */
public class TenderDocumentService {

    static final Set<Role> DRAFTERS = Set.of(Role.TENDEREE, Role.TENDER_AGENT);
    static final Set<Role> REVIEWERS = Set.of(Role.TRADING_STAFF);
    static final Set<Role> READERS = Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF, Role.SUPERVISOR);

    private final TenderService tenders;
    private final TenderDocumentRepository documents;
    private final NegativeList negativeList;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public TenderDocumentService(TenderService tenders, TenderDocumentRepository documents, NegativeList negativeList,
            Outbox outbox, AuditTrail audit, Clock clock) {
        this.tenders = tenders;
        this.documents = documents;
        this.negativeList = negativeList;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A dry run for an editor: the hits of a text, nothing stored. */
    public List<NegativeListHit> scan(String text) {
        return negativeList.scan(text);
    }

    public List<NegativeListRule> rules() {
        return negativeList.rules();
    }

    /** Stores the draft's text with its hits (an earlier override lapses unless the text is unchanged). */
    public TenderDocument draft(ProjectId id, String text, Actor actor) {
        return tenders.withProjectLocked(id, actor, DRAFTERS, project -> {
            requireDraft(project, "document");
            Instant now = clock.instant();
            String digest = Sha256.hex(text);
            List<NegativeListHit> hits = negativeList.scan(text);
            TenderDocument previous = documents.find(id.toString()).orElse(null);
            TenderDocument document = new TenderDocument(id.toString(), text, digest, hits, actor.id(), now,
                    previous == null ? null : previous.overriddenDigest(), previous == null ? null : previous.overrideReason(),
                    previous == null ? null : previous.overriddenBy(), previous == null ? null : previous.overriddenAt());
            documents.save(document);
            if (!hits.isEmpty()) {
                outbox.publish(NegativeListEvent.TOPIC, "gov.trading.negative-list-hit.v1", id.toString(),
                        new NegativeListEvent.NegativeListHitFound(id.toString(),
                                hits.stream().map(NegativeListHit::ruleId).distinct().toList(),
                                hits.stream().map(NegativeListHit::category).distinct().toList(), hits.size(), now));
            }
            audit.staffAction(actor, "trading.tender-document", "project", id.toString());
            return document;
        });
    }

    public TenderDocument view(ProjectId id, Actor actor) {
        tenders.reachable(id, actor, READERS);
        return documents.find(id.toString()).orElseThrow(() -> notFound(id));
    }

    /** A reviewer accepts the current text's hits with a reason: the announcement may go ahead with this text. */
    public TenderDocument override(ProjectId id, String reason, Actor actor) {
        return tenders.withProjectLocked(id, actor, REVIEWERS, project -> {
            requireDraft(project, "negative-list-override");
            TenderDocument overridden = documents.find(id.toString()).orElseThrow(() -> notFound(id))
                    .override(reason, actor.id(), clock.instant());
            documents.save(overridden);
            audit.staffAction(actor, "trading.negative-list-override", "project", id.toString());
            return overridden;
        });
    }

    private static void requireDraft(Project project, String attempted) {
        if (project.published() || project.lots().stream().anyMatch(l -> l.status() != LotStatus.DRAFT)) {
            throw new IllegalTransitionException(project.status().name(), attempted,
                    project.allowedActions().stream().map(a -> a.label()).sorted().toList());
        }
    }

    private static NotFoundException notFound(ProjectId id) {
        return new NotFoundException("TENDER_DOCUMENT_NOT_FOUND", "No tender document text is stored for project {0}", id);
    }

}
