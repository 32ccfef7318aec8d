package org.example.gov.trading.ocds;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.gov.trading.award.AwardDecision;
import org.example.gov.trading.award.ContractRepository;
import org.example.gov.trading.award.LotContract;
import org.example.gov.trading.award.PublicityRepository;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.ocds.config.OcdsProperties;
import org.example.gov.trading.tender.Lot;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Project;
import org.example.gov.trading.tender.ProjectId;
import org.example.gov.trading.tender.ProjectRepository;
import org.example.gov.trading.tender.ProjectSaved;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.example.gov.platform.digest.Sha256;

/**
 * Writes a release whenever what the public may know of a project changed: on {@link ProjectSaved}, just before the
 * saving transaction commits (by then the same transaction has also stored what the project's save depended on, such
 * as the bids unsealed at the deadline), so the feed changes exactly when the project does and never shows a change
 * that was rolled back. A save that changed nothing public (an objection filed, a download registered) adds nothing.
 */
public class OcdsReleaseListener {

    private final ProjectRepository projects;
    private final BidService bids;
    private final PublicityRepository publicities;
    private final ContractRepository contracts;
    private final ReleaseStore releases;
    private final JsonMapper json;
    private final Clock clock;
    private final OcdsProperties properties;

    public OcdsReleaseListener(ProjectRepository projects, BidService bids, PublicityRepository publicities,
            ContractRepository contracts, ReleaseStore releases, JsonMapper json, Clock clock,
            OcdsProperties properties) {
        this.projects = projects;
        this.bids = bids;
        this.publicities = publicities;
        this.contracts = contracts;
        this.releases = releases;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    public String ocid(ProjectId project) {
        return properties.ocidPrefix() + "-" + project;
    }

    @EventListener
    void on(ProjectSaved saved) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(saved.projectId());
            return;
        }
        // once per project and transaction, however many times the transaction saves it; looked up among the current
        // transaction's synchronizations, so a transaction suspended around a REQUIRES_NEW one keeps its own list
        PendingReleases pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof PendingReleases p && p.owner() == this).map(PendingReleases.class::cast)
                .findFirst().orElseGet(() -> {
                    PendingReleases created = new PendingReleases();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        pending.projects.add(saved.projectId());
    }

    /** The projects a transaction saved, released just before it commits. */
    private final class PendingReleases implements TransactionSynchronization {

        final Set<ProjectId> projects = new LinkedHashSet<>();

        OcdsReleaseListener owner() {
            return OcdsReleaseListener.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            projects.forEach(OcdsReleaseListener.this::publish);
        }
    }

    void publish(ProjectId id) {
        Project project = projects.find(id).orElseThrow();
        if (!project.published()) {
            return; // a draft is nobody's business yet
        }
        String ocid = ocid(id);
        Map<String, Object> body = TenderRelease.of(ocid, project, tenderers(project), awards(project),
                contracts(project));
        String digest = Sha256.hex(json.writeValueAsString(body));
        var previous = releases.latest(ocid);
        if (previous.isPresent() && previous.get().digest().equals(digest)) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Object> release = new LinkedHashMap<>();
        String releaseId = ocid + "-" + String.format("%04d", releases.count(ocid) + 1);
        release.put("id", releaseId);
        release.put("date", TenderRelease.date(now));
        release.put("tag", ReleaseTag.between(previous.map(p -> read(p.document())).orElse(null), body));
        release.putAll(body);
        releases.append(ocid, releaseId, id.toString(), now, digest, json.writeValueAsString(release));
    }

    /** Distinct bidders over the lots once none is before its deadline any more; null (secret) before that. */
    private Integer tenderers(Project p) {
        List<Lot> bidLots = p.lots().stream().filter(l -> l.status() != LotStatus.CANCELLED).toList();
        if (bidLots.isEmpty()
                || bidLots.stream().anyMatch(l -> l.status() == LotStatus.DRAFT || l.status() == LotStatus.TENDERING)) {
            return null;
        }
        Set<String> bidders = new LinkedHashSet<>();
        bidLots.forEach(l -> bidders.addAll(bids.unsealedBidders(l.id())));
        return bidders.size();
    }

    /** The award notices of the project's lots (award/Publicity), with the awarded candidate's price. */
    private List<ReleasedAward> awards(Project p) {
        List<ReleasedAward> awards = new java.util.ArrayList<>();
        for (Lot lot : p.lots()) {
            publicities.find(lot.id().toString()).filter(x -> x.awardDecision() != null).ifPresent(x -> {
                AwardDecision d = x.awardDecision();
                x.candidates().stream().filter(c -> c.bidId().equals(d.bidId())).findFirst().ifPresent(c ->
                        awards.add(new ReleasedAward(lot.id().toString(), d.bidder(), c.price(), d.awardedAt())));
            });
        }
        return awards;
    }

    /** The signed contracts of the project's lots (award/LotContract). */
    private List<ReleasedContract> contracts(Project p) {
        List<ReleasedContract> signed = new java.util.ArrayList<>();
        for (Lot lot : p.lots()) {
            contracts.find(lot.id().toString()).map(LotContract::signature).ifPresent(s ->
                    signed.add(new ReleasedContract(lot.id().toString(), s.number(), s.amount(), s.signedOn())));
        }
        return signed;
    }

    private Map<String, Object> read(String document) {
        return json.readValue(document, new TypeReference<Map<String, Object>>() { });
    }

}
