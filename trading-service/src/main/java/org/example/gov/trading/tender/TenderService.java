package org.example.gov.trading.tender;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tender capability's application service: loads a project, checks the actor's role and reach for the named step,
 * lets the aggregate decide, stores it, publishes the events it returned through the outbox and audits the step, all
 * in one transaction. Periods are counted on the calendar replica of the project's region.
 *
 * <h2>Who reaches a project</h2>
 * The tenderee and its agent (token subject = the project's {@code tenderee} / {@code agent}); TRADING_STAFF and
 * SUPERVISOR of the project's region or one above it; a BIDDER only once the project is announced, and then only the
 * public notice. Anyone else gets 404, as if there were no such project.
 *
 * <h2>Secrecy of downloads and objectors</h2>
 * Before a lot's deadline nothing answers who or how many downloaded its documents: the register is sealed
 * ({@link DownloadRegister}), the audit entry of a download or an objection names a pseudonym (the entry's blind tag)
 * instead of the bidder and no lot, events name no bidder, and an amendment reaches the downloaders through the public
 * notice and each downloader's own view of their download ({@link #myDownload}) rather than one message per downloader
 * (whose number would be the count).
 *
 * <h2>The seam for the opening and evaluation capabilities</h2>
 * They call, never REST:
 * <ul>
 * <li>{@link #facts(LotId)} → {@link LotFacts}: status, bid deadline (UTC), decryption window, opening blocked?
 * <li>{@link #lotsPastDeadline(Instant, int)}: TENDERING lots whose deadline is at or before now (the scheduler's
 * work list; a blocked lot stays in it until it may open).
 * <li>{@link #deadlinePassed(LotId, int, Instant)} → {@link LotStatus#FAILED} below
 * {@link TenderPolicy#minBidsToOpen()} bids, else {@link LotStatus#OPENING}; 422 OPENING_BLOCKED while suspended or an
 * objection pauses the procedure, 422 BID_DEADLINE_NOT_REACHED before the deadline, 409 when the lot is not TENDERING
 * (so a second scheduler run cannot open twice).
 * <li>{@link #security(LotId)} → {@link LotSecurity}: the bid security required, the bid validity, track and region
 * (for the guarantee and deposit capability).
 * <li>{@link #openingConcluded(LotId)} OPENING → EVALUATION; {@link #evaluationConcluded(LotId)} →
 * CANDIDATE_PUBLICITY; {@link #awarded(LotId)}; {@link #contractRecorded(LotId)}; {@link #completed(LotId)}.
 * </ul>
 * Each runs in its own transaction, or joins the caller's when there is one (TransactionTemplate REQUIRED), so the
 * opening capability can record its own rows and the lot's stage atomically. They publish no event: the capability
 * that knows the counts (no longer secret after the deadline) publishes deadline passed / failed / opened.
 */
public class TenderService {

    /** Who may read a project, each within their own reach. */
    public static final Set<Role> READERS = Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF,
            Role.SUPERVISOR, Role.BIDDER);
    private static final Set<Role> PARTIES = Set.of(Role.TENDEREE, Role.TENDER_AGENT);

    private final ProjectRepository projects;
    private final DownloadRegister downloads;
    private final CalendarReplica calendars;
    private final TenderPolicy policy;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final BlindIndex tags;
    private final PersonalDataCipher cipher;
    private final List<AnnouncementCheck> announcementChecks;

    public TenderService(ProjectRepository projects, DownloadRegister downloads, CalendarReplica calendars,
            TenderPolicy policy, Outbox outbox, TransactionTemplate transactions, Clock clock, AuditTrail audit,
            BlindIndex tags, PersonalDataCipher cipher, List<AnnouncementCheck> announcementChecks) {
        this.projects = projects;
        this.downloads = downloads;
        this.calendars = calendars;
        this.policy = policy;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.tags = tags;
        this.cipher = cipher;
        this.announcementChecks = List.copyOf(announcementChecks);
    }

    public TenderPolicy policy() {
        return policy;
    }

    // ------------------------------------------------------------------ the parties' steps

    /**
     * A draft project, by its tenderee or an agent: a tenderee drafts for itself (tenderee = the caller), an agent for
     * the tenderee that entrusted it (agent = the caller). With an {@code idempotencyKey}, a retry by the same caller
     * answers the project the first request created.
     */
    public Project create(ProjectSpec spec, String idempotencyKey, Actor actor) {
        if (idempotencyKey != null) {
            var earlier = projects.createdWith(actor.id(), idempotencyKey).flatMap(projects::find);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ProjectSpec own;
        if (actor.has(Role.TENDEREE)) {
            if (spec.tenderee() != null && !spec.tenderee().equals(actor.id())) {
                throw new ForbiddenException("NOT_YOUR_PROJECT", "tenderee",
                        "A tenderee drafts its own projects; an agent drafts for the tenderee that entrusted it");
            }
            own = new ProjectSpec(spec.title(), spec.track(), spec.method(), actor.id(), spec.agent(), spec.region(),
                    spec.lots(), spec.stateFunded());
        } else if (actor.has(Role.TENDER_AGENT)) {
            if (spec.tenderee() == null || spec.tenderee().isBlank()) {
                throw new BusinessRuleViolationException("TENDEREE_REQUIRED", "tenderee",
                        "An agent names the tenderee that entrusted the project");
            }
            if (spec.agent() != null && !spec.agent().equals(actor.id())) {
                throw new ForbiddenException("NOT_YOUR_PROJECT", "agent", "An agent drafts projects as itself");
            }
            own = new ProjectSpec(spec.title(), spec.track(), spec.method(), spec.tenderee(), actor.id(), spec.region(),
                    spec.lots(), spec.stateFunded());
        } else {
            throw new ForbiddenException("NOT_A_PARTY", null, "Projects are drafted by a tenderee or its agent");
        }
        Project p = Project.draft(own, policy, actor.id(), clock.instant());
        try {
            transactions.executeWithoutResult(status -> {
                projects.save(p);
                if (idempotencyKey != null) {
                    projects.rememberCreation(actor.id(), idempotencyKey, p.id(), p.createdAt());
                }
                audit.staffAction(actor, "trading.tender-create", "project", p.id().toString());
            });
        } catch (DuplicateKeyException concurrentTwin) {
            return projects.createdWith(actor.id(), idempotencyKey).flatMap(projects::find).orElseThrow(() -> concurrentTwin);
        }
        return projects.find(p.id()).orElseThrow();
    }

    public Project editDraft(ProjectId id, String title, List<LotSpec> lots, Long expectedVersion, Actor actor) {
        return perform(id, TenderAction.EDIT, actor, expectedVersion, (p, now) -> p.editDraft(title, lots, policy));
    }

    public Project announce(ProjectId id, AnnouncementSpec spec, Long expectedVersion, Actor actor) {
        return perform(id, TenderAction.ANNOUNCE, actor, expectedVersion,
                (p, now) -> {
                    announcementChecks.forEach(check -> check.check(p));
                    return p.announce(spec, policy, calendar(p), now);
                });
    }

    public Project amend(ProjectId id, String summary, boolean material, Long expectedVersion, Actor actor) {
        return perform(id, TenderAction.AMEND, actor, expectedVersion,
                (p, now) -> p.amend(summary, material, policy, calendar(p), now));
    }

    public Project suspend(ProjectId id, String reason, Long expectedVersion, Actor actor) {
        return perform(id, TenderAction.SUSPEND, actor, expectedVersion, (p, now) -> p.suspend(reason, actor.id(), now));
    }

    public Project resume(ProjectId id, Instant newDeadline, Long expectedVersion, Actor actor) {
        return perform(id, TenderAction.RESUME, actor, expectedVersion,
                (p, now) -> p.resume(newDeadline, policy, calendar(p), now));
    }

    public Project cancel(ProjectId id, String reason, Long expectedVersion, Actor actor) {
        return perform(id, TenderAction.CANCEL, actor, expectedVersion, (p, now) -> p.cancel(reason, now));
    }

    public Project answerObjection(ProjectId id, UUID objectionId, String answer, Long expectedVersion, Actor actor) {
        return perform(id, TenderAction.ANSWER_OBJECTION, actor, expectedVersion,
                (p, now) -> p.answerObjection(objectionId, answer, policy, calendar(p), now));
    }

    public LotId retender(LotId failedLot, Actor actor) {
        ProjectId id = projectOf(failedLot);
        LotId[] created = new LotId[1];
        perform(id, TenderAction.RETENDER, actor, null, (p, now) -> {
            created[0] = p.retender(failedLot, policy);
            return List.of();
        });
        return created[0];
    }

    // ------------------------------------------------------------------ bidders

    /**
     * A bidder's objection (异议 / 质疑). The objector is sealed in the aggregate and pseudonymous in the audit trail:
     * an objector is a potential bidder, as secret as a downloader.
     */
    public Objection fileObjection(ProjectId id, String text, Actor actor) {
        Project p = perform(id, TenderAction.FILE_OBJECTION, actor, null,
                (project, now) -> project.fileObjection(text, cipher.encrypt(actor.id()), policy, calendar(project), now));
        return p.objections().getLast();
    }

    /** 招标文件获取: registers the download (sealed) and returns the lot with its schedule for the documents' metadata. */
    public Lot download(LotId lotId, String clientAddress, Actor actor) {
        ProjectId id = projectOf(lotId);
        return transactions.execute(status -> {
            Project p = projects.find(id).filter(x -> reaches(actor, x, TenderAction.DOWNLOAD.roles()))
                    .orElseThrow(() -> lotNotFound(lotId));
            Instant now = clock.instant();
            Lot lot = p.checkDownload(lotId, now);
            String tag = downloads.register(lotId, actor.id(), now, clientAddress);
            audit.record(AuditKind.STAFF_ACTION, "DONE", pseudonym(actor, tag), "trading.document-download", null, null,
                    null, null);
            return lot;
        });
    }

    /** The caller's own download of a lot and the amendments issued since (how an amendment reaches a downloader). */
    public MyDownload myDownload(LotId lotId, Actor actor) {
        Project p = view(projectOf(lotId), actor);
        DownloadRegister.Download d = downloads.find(lotId, actor.id()).orElseThrow(() -> new NotFoundException(
                "DOWNLOAD_NOT_FOUND", "You have not obtained the documents of lot " + lotId, lotId));
        return new MyDownload(p.lot(lotId), d.at(),
                p.amendments().stream().filter(a -> a.at().isAfter(d.at())).toList());
    }

    /** A bidder's own download and what changed since. */
    public record MyDownload(Lot lot, Instant downloadedAt, List<Amendment> amendmentsSince) {
    }

    /**
     * Who obtained a lot's documents: to the tenderee, its agent and trading staff, and only once the lot's bid deadline
     * has passed (before it, 422 DOWNLOADS_SECRET_UNTIL_DEADLINE, the same answer whether there are any or not).
     */
    public List<DownloadRegister.Download> downloads(LotId lotId, Actor actor) {
        Set<Role> who = Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF, Role.SUPERVISOR);
        Project p = projects.find(projectOf(lotId)).filter(x -> reaches(actor, x, who))
                .orElseThrow(() -> lotNotFound(lotId));
        Lot lot = p.lot(lotId);
        if (lot.bidDeadline() == null || clock.instant().isBefore(lot.bidDeadline())) {
            throw new BusinessRuleViolationException("DOWNLOADS_SECRET_UNTIL_DEADLINE", "lotId",
                    "Who obtained the documents stays secret until the bid deadline");
        }
        List<DownloadRegister.Download> list = downloads.of(lotId);
        transactions.executeWithoutResult(s -> audit.staffAction(actor, "trading.downloads-read", "lot", lotId.toString()));
        return list;
    }

    // ------------------------------------------------------------------ reads

    public Project view(ProjectId id, Actor actor) {
        return projects.find(id).filter(p -> reaches(actor, p, READERS)).orElseThrow(() -> notFound(id));
    }

    /** The project when one of {@code roles} of the actor reaches it (the reach rules of the class comment), else 404. */
    public Project reachable(ProjectId id, Actor actor, Set<Role> roles) {
        return projects.find(id).filter(p -> reaches(actor, p, roles)).orElseThrow(() -> notFound(id));
    }

    /**
     * Another capability's change that depends on the project's stage (the negative-list text of a draft): {@code work}
     * runs in one transaction with the project locked as the tender steps lock it, so no announcement slips in between;
     * 404 when none of {@code roles} of the actor reaches the project.
     */
    public <T> T withProjectLocked(ProjectId id, Actor actor, Set<Role> roles, java.util.function.Function<Project, T> work) {
        return transactions.execute(status -> work.apply(projects.findForUpdate(id)
                .filter(p -> reaches(actor, p, roles)).orElseThrow(() -> notFound(id))));
    }

    /** True when the caller sees the project only as a bidder, i.e. only its public notice. */
    public static boolean publicViewOnly(Actor actor, Project p) {
        return !reaches(actor, p, Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF, Role.SUPERVISOR));
    }

    public List<Project> list(Actor actor, int page, int size) {
        String party = actor.has(Role.TENDEREE) || actor.has(Role.TENDER_AGENT) ? actor.id() : null;
        return projects.list(party, ScopePolicy.of(actor, Set.of(Role.TRADING_STAFF, Role.SUPERVISOR)),
                actor.has(Role.BIDDER), page, size);
    }

    // ------------------------------------------------------------------ the seam (opening, evaluation)

    /** Whether the lot's project is state-funded (the award's first-candidate rule, 招标投标法实施条例 第55条). */
    public boolean stateFunded(LotId lotId) {
        return projects.find(projectOf(lotId)).orElseThrow(() -> lotNotFound(lotId)).stateFunded();
    }

    public LotFacts facts(LotId lotId) {
        return projects.find(projectOf(lotId)).orElseThrow(() -> lotNotFound(lotId)).facts(lotId);
    }

    /**
     * The bid seam: the lot's facts read under a shared lock on its project's row, in the caller's transaction (call
     * inside one). A bid's check-and-insert holds it until commit, so the deadline job's count
     * ({@link #claimAtDeadline}) sees every bid accepted before it and none is accepted after it.
     */
    public LotFacts factsForBid(LotId lotId) {
        return projects.findShared(projectOf(lotId)).orElseThrow(() -> lotNotFound(lotId)).facts(lotId);
    }

    /**
     * The deadline job's claim of a lot, in the caller's transaction: the project's row locked for update, skipping it
     * (empty) while another transaction holds it — another replica's run, a project step, or bids still being stored
     * (the job tries again on its next tick). Exactly-once comes from this lock and {@link #deadlinePassed}'s 409.
     */
    public java.util.Optional<LotFacts> claimAtDeadline(LotId lotId) {
        return projects.claimForUpdateSkipLocked(projectOf(lotId)).map(p -> p.facts(lotId));
    }

    /** Whether one of {@code roles} of the actor reaches the lot's project (the reach rules of the class comment). */
    public boolean reaches(LotId lotId, Actor actor, Set<Role> roles) {
        return projects.projectOf(lotId).flatMap(projects::find).filter(p -> reaches(actor, p, roles)).isPresent();
    }

    /**
     * The inspections' seam (双随机一公开): the projects of {@code region} and the regions below it with a lot
     * AWARDED, CONTRACTED or COMPLETE whose bid deadline fell on a date from {@code from} to {@code until} (both
     * included, Asia/Shanghai), by id, at most {@code limit}.
     */
    public List<Project> concluded(String region, java.time.LocalDate from, java.time.LocalDate until, int limit) {
        var scope = new org.example.gov.platform.scope.Scope(Set.of(), Set.of(),
                Set.of(org.example.gov.platform.scope.RegionCode.of(region)));
        return projects.withLotsIn(scope, java.util.EnumSet.of(LotStatus.AWARDED, LotStatus.CONTRACTED,
                LotStatus.COMPLETE), from.atStartOfDay(org.example.gov.calendar.ShanghaiDate.ZONE).toInstant(),
                until.plusDays(1).atStartOfDay(org.example.gov.calendar.ShanghaiDate.ZONE).toInstant(), limit);
    }

    /** The bid security a lot requires and what it is counted from (the guarantee and deposit capability's seam). */
    public LotSecurity security(LotId lotId) {
        Project p = projects.find(projectOf(lotId)).orElseThrow(() -> lotNotFound(lotId));
        Lot lot = p.lot(lotId);
        return new LotSecurity(lotId, p.id(), p.track(), p.region(), lot.status(), lot.deposit(), lot.bidValidityDays(),
                lot.bidDeadline());
    }

    /** At most {@code limit} TENDERING lots whose deadline is at or before {@code now}, oldest deadline first. */
    public List<LotId> lotsPastDeadline(Instant now, int limit) {
        return projects.lotsPastDeadline(now, limit);
    }

    /** {@link #lotsPastDeadline(Instant, int)} in batches of {@value #DEADLINE_BATCH}: call again until empty. */
    public List<LotId> lotsPastDeadline(Instant now) {
        return lotsPastDeadline(now, DEADLINE_BATCH);
    }

    static final int DEADLINE_BATCH = 100;

    public LotStatus deadlinePassed(LotId lotId, int bidCount, Instant now) {
        return system(lotId, TenderAction.PASS_DEADLINE, p -> p.deadlinePassed(lotId, bidCount, policy, now));
    }

    public void openingConcluded(LotId lotId) {
        system(lotId, TenderAction.CONCLUDE_OPENING, p -> { p.openingConcluded(lotId); return null; });
    }

    public void evaluationConcluded(LotId lotId) {
        system(lotId, TenderAction.CONCLUDE_EVALUATION, p -> { p.evaluationConcluded(lotId); return null; });
    }

    public void evaluationFailed(LotId lotId, String reason) {
        system(lotId, TenderAction.FAIL_EVALUATION, p -> { p.evaluationFailed(lotId, reason); return null; });
    }

    public void awarded(LotId lotId) {
        system(lotId, TenderAction.AWARD, p -> { p.awarded(lotId); return null; });
    }

    public void contractRecorded(LotId lotId) {
        system(lotId, TenderAction.RECORD_CONTRACT, p -> { p.contractRecorded(lotId); return null; });
    }

    public void completed(LotId lotId) {
        system(lotId, TenderAction.COMPLETE, p -> { p.completed(lotId); return null; });
    }

    // ------------------------------------------------------------------ the one way to change a project

    /**
     * Applies a named step: load under lock, check role and reach (404 out of reach), check If-Match, let the aggregate
     * decide, store, publish its events, audit — in one transaction.
     */
    public Project perform(ProjectId id, TenderAction action, Actor actor, Long expectedVersion,
            BiFunction<Project, Instant, List<TenderEvent>> step) {
        transactions.executeWithoutResult(status -> {
            Project p = projects.findForUpdate(id).filter(x -> reaches(actor, x, action.roles()))
                    .orElseThrow(() -> notFound(id));
            if (expectedVersion != null && expectedVersion != p.rowVersion()) {
                throw new OptimisticLockingFailureException("project " + id + " is at version " + p.rowVersion()
                        + ", the request was made on version " + expectedVersion);
            }
            List<TenderEvent> events = step.apply(p, clock.instant());
            projects.save(p);
            events.forEach(e -> outbox.publish(TenderEvent.TOPIC, e.type(), e.projectId(), e));
            if (action.roles().contains(Role.BIDDER)) {
                audit.record(AuditKind.STAFF_ACTION, "DONE", pseudonym(actor, tags.of("actor|" + id + "|" + actor.id())),
                        "trading.tender-" + action.label(), "project", id.toString(), null, null);
            } else {
                audit.staffAction(actor, "trading.tender-" + action.label(), "project", id.toString());
            }
        });
        return projects.find(id).orElseThrow();
    }

    /** The platform itself as the audit trail records its steps (the scheduler, the opening). */
    static final Actor PLATFORM = new Actor("trading-service", "trading-service", Set.of(), null, null);

    private <T> T system(LotId lotId, TenderAction action, java.util.function.Function<Project, T> step) {
        ProjectId id = projectOf(lotId);
        return transactions.execute(status -> {
            Project p = projects.findForUpdate(id).orElseThrow(() -> lotNotFound(lotId));
            T result = step.apply(p);
            projects.save(p);
            audit.record(AuditKind.STAFF_ACTION, "DONE", PLATFORM, "trading.lot-" + action.label(), "lot",
                    lotId.toString(), null, "now " + p.lot(lotId).status());
            return result;
        });
    }

    private WorkingDayCalendar calendar(Project p) {
        return calendars.calendar(p.region());
    }

    private ProjectId projectOf(LotId lotId) {
        return projects.projectOf(lotId).orElseThrow(() -> lotNotFound(lotId));
    }

    /** Whether one of the actor's roles among {@code counting} reaches the project (see the class comment). */
    static boolean reaches(Actor actor, Project p, Set<Role> counting) {
        for (Role role : counting) {
            if (!actor.has(role)) {
                continue;
            }
            boolean reached = switch (role) {
                case TENDEREE -> actor.id().equals(p.tenderee());
                case TENDER_AGENT -> actor.id().equals(p.agent());
                case BIDDER -> p.published();
                default -> ScopePolicy.of(actor, Set.of(role)).covers(p.region(), null);
            };
            if (reached) {
                return true;
            }
        }
        return false;
    }

    /** The bidder as the audit trail may know them before the deadline: a blind tag, no name, no region. */
    private static Actor pseudonym(Actor actor, String tag) {
        return new Actor("sealed:" + tag.substring(0, 32), "sealed", actor.roles(), null, null);
    }

    private static NotFoundException notFound(ProjectId id) {
        return new NotFoundException("PROJECT_NOT_FOUND", "No project " + id, id);
    }

    private static NotFoundException lotNotFound(LotId id) {
        return new NotFoundException("LOT_NOT_FOUND", "No lot " + id, id);
    }
}
