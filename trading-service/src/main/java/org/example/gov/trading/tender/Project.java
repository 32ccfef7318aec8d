package org.example.gov.trading.tender;

import static org.example.gov.trading.tender.LotStatus.CANCELLED;
import static org.example.gov.trading.tender.LotStatus.DRAFT;
import static org.example.gov.trading.tender.LotStatus.FAILED;
import static org.example.gov.trading.tender.LotStatus.TENDERING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.trading.tender.TenderEvent.LotDeadline;

/**
 * A tender project (项目) and its lots (标段 / 包): the aggregate that owns the tendering rules of DOMAIN.md §7.
 *
 * <p>Each lot has its own stage ({@link LotStatus}) and schedule; the project's {@link #status()} is derived (the least
 * advanced live lot, see there). Steps are intention-named methods that check the step is allowed now (else a 409
 * {@link IllegalTransitionException} listing the allowed steps), check the law's periods on the shared calendar (else a
 * 422 naming the rule) and return the events to publish. {@link #suspended()} is an overlay: while it is set only
 * resumption and cancellation are allowed and no opening may start.
 *
 * <p>The tenderee's steps (draft, announce, amend, answer objections, cancel) and the bidders' (download, object) are
 * here, and so are the steps the later capabilities drive (deadline passed → OPENING or FAILED, opening concluded →
 * EVALUATION, ...): they are called through {@code TenderService}, not from REST.
 */
public final class Project {

    private final ProjectId id;
    private final Track track;
    private final ProcurementMethod method;
    private String title;
    private final String tenderee;
    private final String agent;
    private final String region;
    private final boolean stateFunded;
    private List<Lot> lots;
    private final List<Amendment> amendments;
    private final List<Objection> objections;
    private Suspension suspension;
    private final String createdBy;
    private final Instant createdAt;
    private final long rowVersion;

    private Project(Snapshot s) {
        this.id = s.id();
        this.track = s.track();
        this.method = s.method();
        this.title = s.title();
        this.tenderee = s.tenderee();
        this.agent = s.agent();
        this.region = s.region();
        // projects stored before the attribute existed are treated as state-funded: the stricter award rule
        this.stateFunded = s.stateFunded() == null || s.stateFunded();
        this.lots = new ArrayList<>(s.lots());
        this.amendments = new ArrayList<>(s.amendments());
        this.objections = new ArrayList<>(s.objections());
        this.suspension = s.suspension();
        this.createdBy = s.createdBy();
        this.createdAt = s.createdAt();
        this.rowVersion = s.rowVersion();
    }

    /**
     * A new draft. Refused (422): a method this part does not run yet, no lot, a region that is not GB/T 2260, a deposit
     * above {@link TenderPolicy#maxDepositRate()} of the lot's estimate or budget (实施条例 第26条 / 政府采购法实施条例
     * 第33条).
     */
    public static Project draft(ProjectSpec spec, TenderPolicy policy, String createdBy, Instant at) {
        checkSpec(spec, policy);
        List<Lot> lots = new ArrayList<>();
        for (LotSpec l : spec.lots()) {
            lots.add(newLot(lots.size() + 1, l, policy, null));
        }
        return new Project(new Snapshot(ProjectId.newId(), spec.track(), spec.method(), spec.title().strip(),
                spec.tenderee(), blankToNull(spec.agent()), spec.region(), lots, List.of(), List.of(), null, createdBy,
                at, spec.stateFunded(), -1));
    }

    public static Project restore(Snapshot snapshot) {
        return new Project(snapshot);
    }

    // ------------------------------------------------------------------ the tenderee's steps

    /** Replaces title and lots of a draft (nothing published yet, so nothing else to keep). Tenderee and region stay. */
    public List<TenderEvent> editDraft(String newTitle, List<LotSpec> newLots, TenderPolicy policy) {
        require(TenderAction.EDIT);
        checkSpec(new ProjectSpec(newTitle, track, method, tenderee, agent, region, newLots, stateFunded), policy);
        title = newTitle.strip();
        List<Lot> replaced = new ArrayList<>();
        for (LotSpec l : newLots) {
            replaced.add(newLot(replaced.size() + 1, l, policy, null));
        }
        lots = replaced;
        return List.of();
    }

    /**
     * 发布公告 / 发出招标文件: every DRAFT lot starts TENDERING on this schedule. Refused (422) when a period is shorter
     * than the track's rules allow: documents on sale ≥ 5 days (实施条例 第16条) or available ≥ 5 working days (87号令
     * 第18条); announcement ≥ 5 working days (87号令 第16条); documents issued → bid deadline ≥ 20 days (招标投标法 第24条 /
     * 87号令 第20条). Each minimum ends on a working day (民法典 第203条).
     */
    public List<TenderEvent> announce(AnnouncementSpec spec, TenderPolicy policy, WorkingDayCalendar calendar,
            Instant now) {
        require(TenderAction.ANNOUNCE);
        PeriodRules rules = policy.rules(track);
        Periods periods = new Periods(calendar);
        LocalDate today = ShanghaiDate.of(now);
        if (spec.documentsFrom() == null || spec.documentsUntil() == null || spec.bidDeadline() == null
                || spec.announcementUntil() == null) {
            throw new BusinessRuleViolationException("SCHEDULE_INCOMPLETE", "bidDeadline",
                    "An announcement states the notice's end, the documents' first and last day and the bid deadline");
        }
        if (spec.documentsFrom().isBefore(today)) {
            throw new BusinessRuleViolationException("DOCUMENTS_START_IN_THE_PAST", "documentsFrom",
                    "Documents cannot be issued from " + spec.documentsFrom() + ", before today " + today,
                    spec.documentsFrom(), today);
        }
        LocalDate announcementEnd = periods.endOfWorkingDays(today, rules.minAnnouncementWorkingDays());
        if (spec.announcementUntil().isBefore(announcementEnd)) {
            throw new BusinessRuleViolationException("ANNOUNCEMENT_PERIOD_TOO_SHORT", "announcementUntil",
                    "The notice is published for at least " + rules.minAnnouncementWorkingDays()
                            + " working days (87号令 第16条): until " + announcementEnd + " or later",
                    rules.minAnnouncementWorkingDays(), announcementEnd);
        }
        LocalDate documentsEnd = periods.end(spec.documentsFrom(), rules.minDocumentDays(),
                rules.documentDaysAreWorkingDays());
        if (spec.documentsUntil().isBefore(documentsEnd)) {
            throw new BusinessRuleViolationException("DOCUMENT_PERIOD_TOO_SHORT", "documentsUntil",
                    "Documents are available for at least " + rules.minDocumentDays()
                            + (rules.documentDaysAreWorkingDays() ? " working days (87号令 第18条)" : " days (实施条例 第16条)")
                            + ": until " + documentsEnd + " or later", rules.minDocumentDays(), documentsEnd);
        }
        LocalDate earliestDeadline = periods.endOfDays(spec.documentsFrom(), rules.minDaysToDeadline());
        if (ShanghaiDate.of(spec.bidDeadline()).isBefore(earliestDeadline)) {
            throw new BusinessRuleViolationException("BID_DEADLINE_TOO_EARLY", "bidDeadline",
                    "From the documents' issue to the bid deadline at least " + rules.minDaysToDeadline()
                            + " days (招标投标法 第24条 / 87号令 第20条): the deadline is on " + earliestDeadline + " or later",
                    rules.minDaysToDeadline(), earliestDeadline);
        }
        Lot.Schedule schedule = new Lot.Schedule(now, spec.announcementUntil(), spec.documentsFrom(),
                spec.documentsUntil(), spec.bidDeadline());
        replaceLots(l -> l.status() == DRAFT, l -> l.with(schedule).with(TENDERING));
        List<TenderEvent.AnnouncedLot> announced = lots.stream().filter(l -> l.schedule() == schedule)
                .map(l -> new TenderEvent.AnnouncedLot(l.id().toString(), l.number(), l.name(),
                        l.amount().amount().toPlainString(), l.deposit().amount().toPlainString(), l.bidValidityDays(),
                        schedule.documentsFrom(), schedule.documentsUntil(), schedule.bidDeadline(),
                        l.previousLot() == null ? null : l.previousLot().toString()))
                .toList();
        return List.of(new TenderEvent.TenderAnnounced(id.toString(), title, track.name(), method.name(), region,
                tenderee, agent, spec.announcementUntil(), announced, now));
    }

    /**
     * 澄清 / 修改 of the documents of the lots still TENDERING. A material one (it may affect the preparation of bids)
     * less than {@link PeriodRules#amendmentMinDays()} days before a lot's deadline moves that deadline to at least that
     * many days after the amendment, on a working day, at the same time of day (招标投标法 第23条 / 实施条例 第21条 / 87号令
     * 第27条). Every downloader is told without anyone learning who or how many they are: see
     * {@code TenderService.amend}.
     */
    public List<TenderEvent> amend(String summary, boolean material, TenderPolicy policy, WorkingDayCalendar calendar,
            Instant now) {
        require(TenderAction.AMEND);
        if (summary == null || summary.isBlank()) {
            throw new BusinessRuleViolationException("AMENDMENT_SUMMARY_REQUIRED", "summary",
                    "An amendment says what it clarifies or changes");
        }
        PeriodRules rules = policy.rules(track);
        LocalDate today = ShanghaiDate.of(now);
        LocalDate earliest = new Periods(calendar).endOfDays(today, rules.amendmentMinDays());
        Instant before = earliestDeadline();
        replaceLots(l -> l.status() == TENDERING, l -> {
            if (!material || !ShanghaiDate.of(l.bidDeadline()).isBefore(earliest)) {
                return l;
            }
            return l.with(l.schedule().withDeadline(Periods.at(earliest, l.bidDeadline())));
        });
        Instant after = earliestDeadline();
        Amendment a = new Amendment(amendments.size() + 1, summary.strip(), material, now, before, after);
        amendments.add(a);
        return List.of(new TenderEvent.TenderAmended(id.toString(), a.number(), a.summary(), material,
                a.movedDeadline(), deadlines(), now));
    }

    /** 终止招标 before the opening (实施条例 第31条): every DRAFT or TENDERING lot is CANCELLED, with the reason. */
    public List<TenderEvent> cancel(String reason, Instant now) {
        require(TenderAction.CANCEL);
        requireReason(reason, "CANCELLATION_REASON_REQUIRED");
        List<String> cancelled = lots.stream().filter(l -> l.status() == DRAFT || l.status() == TENDERING)
                .map(l -> l.id().toString()).toList();
        replaceLots(l -> l.status() == DRAFT || l.status() == TENDERING, l -> l.ended(CANCELLED, reason.strip()));
        suspension = null;
        return List.of(new TenderEvent.TenderCancelled(id.toString(), reason.strip(), cancelled, now));
    }

    // ------------------------------------------------------------------ oversight

    /** 暂停 by the trading centre or the supervising department: the overlay blocks every step but resume and cancel. */
    public List<TenderEvent> suspend(String reason, String by, Instant now) {
        require(TenderAction.SUSPEND);
        requireReason(reason, "SUSPENSION_REASON_REQUIRED");
        suspension = new Suspension(reason.strip(), by, now);
        return List.of(new TenderEvent.TenderSuspended(id.toString(), reason.strip(), now));
    }

    /**
     * 恢复. A lot whose deadline passed during the suspension needs a new one ({@code newDeadline}), at least
     * {@link PeriodRules#amendmentMinDays()} days away (the bidders lost the end of their preparation time, as after a
     * material amendment); a later one given for the others moves theirs too.
     */
    public List<TenderEvent> resume(Instant newDeadline, TenderPolicy policy, WorkingDayCalendar calendar, Instant now) {
        require(TenderAction.RESUME);
        boolean lapsed = lots.stream().anyMatch(l -> l.status() == TENDERING && !l.bidDeadline().isAfter(now));
        if (lapsed || newDeadline != null) {
            LocalDate earliest = new Periods(calendar).endOfDays(ShanghaiDate.of(now), policy.rules(track).amendmentMinDays());
            if (newDeadline == null || ShanghaiDate.of(newDeadline).isBefore(earliest)) {
                throw new BusinessRuleViolationException("NEW_BID_DEADLINE_REQUIRED", "bidDeadline",
                        "The bid deadline passed during the suspension: a new one, on " + earliest
                                + " or later (招标投标法 第23条 by analogy), is required", earliest);
            }
            replaceLots(l -> l.status() == TENDERING && l.bidDeadline().isBefore(newDeadline),
                    l -> l.with(l.schedule().withDeadline(newDeadline)));
        }
        suspension = null;
        return List.of(new TenderEvent.TenderResumed(id.toString(), deadlines(), now));
    }

    // ------------------------------------------------------------------ bidders

    /**
     * 招标文件获取: allowed while the lot is TENDERING, not suspended, within the documents' days. Registering who
     * downloaded is the service's (sealed storage); the aggregate only says whether it is allowed.
     */
    public Lot checkDownload(LotId lotId, Instant now) {
        require(TenderAction.DOWNLOAD);
        Lot lot = lot(lotId);
        requireLot(lot, TenderAction.DOWNLOAD, TENDERING);
        LocalDate today = ShanghaiDate.of(now);
        Lot.Schedule s = lot.schedule();
        if (today.isBefore(s.documentsFrom()) || today.isAfter(s.documentsUntil()) || !now.isBefore(s.bidDeadline())) {
            throw new BusinessRuleViolationException("DOCUMENTS_NOT_AVAILABLE", "lotId",
                    "The documents of this lot are issued from " + s.documentsFrom() + " to " + s.documentsUntil(),
                    s.documentsFrom(), s.documentsUntil());
        }
        return lot;
    }

    /**
     * 异议 (construction): at least {@link PeriodRules#objectionMinDaysBeforeDeadline()} days before the earliest live
     * deadline (实施条例 第22条), answer due in {@link PeriodRules#objectionAnswerDays()} days, the opening paused until
     * answered. 质疑 (procurement): within {@link PeriodRules#objectionWindowWorkingDays()} working days of the documents'
     * availability ending (政府采购法 第52条, 实施条例 第53条), answer due in 7 working days (第53条).
     */
    public List<TenderEvent> fileObjection(String text, String filerSeal, TenderPolicy policy,
            WorkingDayCalendar calendar, Instant now) {
        require(TenderAction.FILE_OBJECTION);
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolationException("OBJECTION_TEXT_REQUIRED", "text", "An objection states its grounds");
        }
        PeriodRules rules = policy.rules(track);
        Periods periods = new Periods(calendar);
        LocalDate today = ShanghaiDate.of(now);
        Objection.ObjectionKind kind;
        if (track == Track.CONSTRUCTION) {
            kind = Objection.ObjectionKind.OBJECTION;
            LocalDate deadline = ShanghaiDate.of(earliestDeadline());
            long daysBefore = ChronoUnit.DAYS.between(today, deadline);
            if (daysBefore < rules.objectionMinDaysBeforeDeadline()) {
                throw new BusinessRuleViolationException("OBJECTION_TOO_LATE", "text",
                        "Objections to the documents are filed at least " + rules.objectionMinDaysBeforeDeadline()
                                + " days before the bid deadline (实施条例 第22条); it is " + daysBefore + " days away",
                        rules.objectionMinDaysBeforeDeadline(), daysBefore);
            }
        } else {
            kind = Objection.ObjectionKind.CHALLENGE;
            LocalDate last = lots.stream().filter(l -> l.status() == TENDERING).map(l -> l.schedule().documentsUntil())
                    .max(LocalDate::compareTo).orElseThrow();
            LocalDate windowEnd = periods.endOfWorkingDays(last, rules.objectionWindowWorkingDays());
            if (today.isAfter(windowEnd)) {
                throw new BusinessRuleViolationException("CHALLENGE_TOO_LATE", "text",
                        "A challenge to the documents is filed within " + rules.objectionWindowWorkingDays()
                                + " working days of the end of their availability (政府采购法 第52条): by " + windowEnd,
                        rules.objectionWindowWorkingDays(), windowEnd);
            }
        }
        LocalDate due = periods.end(today, rules.objectionAnswerDays(), rules.objectionAnswerDaysAreWorkingDays());
        Objection o = new Objection(UUID.randomUUID(), kind, text.strip(), filerSeal, now, due, null, null);
        objections.add(o);
        return List.of(new TenderEvent.ObjectionFiled(id.toString(), o.id().toString(), kind.name(), due,
                rules.objectionPausesProcedure(), now));
    }

    /**
     * The answer to an objection. Where the objection paused the procedure (construction, 实施条例 第22条 “暂停招标投标
     * 活动”), the pause stopped the bidders' clock: every live deadline moves by the days the objection was open (from
     * the day it was filed to the day it is answered), then to a working day (民法典 第203条). So the bidders never lose
     * preparation time to the pause, and a pause that outlasts the deadline yields a deadline after the answer. An
     * answer that changes the documents is also issued as an amendment, with its own 15-day rule.
     */
    public List<TenderEvent> answerObjection(UUID objectionId, String answer, TenderPolicy policy,
            WorkingDayCalendar calendar, Instant now) {
        require(TenderAction.ANSWER_OBJECTION);
        Objection o = objections.stream().filter(x -> x.id().equals(objectionId)).findFirst()
                .orElseThrow(() -> new BusinessRuleViolationException("OBJECTION_UNKNOWN", "objectionId",
                        "No objection " + objectionId + " on this project", objectionId));
        if (!o.open()) {
            throw new IllegalTransitionException("ANSWERED", TenderAction.ANSWER_OBJECTION.label(), List.of());
        }
        requireReason(answer, "OBJECTION_ANSWER_REQUIRED");
        objections.set(objections.indexOf(o), o.answered(answer.strip(), now));
        if (policy.rules(track).objectionPausesProcedure()) {
            long paused = ChronoUnit.DAYS.between(ShanghaiDate.of(o.filedAt()), ShanghaiDate.of(now));
            if (paused > 0) {
                Periods periods = new Periods(calendar);
                replaceLots(l -> l.status() == TENDERING, l -> l.with(l.schedule().withDeadline(Periods.at(
                        periods.workingDayOnOrAfter(ShanghaiDate.of(l.bidDeadline()).plusDays(paused)), l.bidDeadline()))));
            }
        }
        return List.of(new TenderEvent.ObjectionAnswered(id.toString(), o.id().toString(), o.kind().name(), deadlines(),
                now));
    }

    // ------------------------------------------------------------------ the platform's steps (opening, evaluation)

    /** True while no opening may start: the project is suspended, or an objection that pauses the procedure is open. */
    public boolean openingBlocked() {
        return suspension != null || objectionPauses();
    }

    private boolean objectionPauses() {
        return track == Track.CONSTRUCTION && objections.stream().anyMatch(Objection::open);
    }

    /**
     * The bid deadline of a TENDERING lot has passed, with {@code bidCount} bids (counted by the bid capability):
     * fewer than {@link TenderPolicy#minBidsToOpen()} → FAILED (流标, 招标投标法 第28条 / 政府采购法 第36条), else OPENING.
     * Refused while the opening is blocked or before the deadline. No event here: the opening capability publishes the
     * deadline and the failure, with the counts that are no longer secret.
     */
    public LotStatus deadlinePassed(LotId lotId, int bidCount, TenderPolicy policy, Instant now) {
        Lot lot = lot(lotId);
        requireLot(lot, TenderAction.PASS_DEADLINE, TENDERING);
        if (openingBlocked()) {
            throw new BusinessRuleViolationException("OPENING_BLOCKED", "lotId", suspension != null
                    ? "The project is suspended: no opening until it resumes"
                    : "An objection to the documents is unanswered: the procedure is paused (实施条例 第22条)");
        }
        if (now.isBefore(lot.bidDeadline())) {
            throw new BusinessRuleViolationException("BID_DEADLINE_NOT_REACHED", "lotId",
                    "The bid deadline of lot " + lotId + " is " + lot.bidDeadline(), lotId, lot.bidDeadline());
        }
        LotStatus next = bidCount < policy.minBidsToOpen() ? FAILED : LotStatus.OPENING;
        replaceLot(next == FAILED ? lot.ended(FAILED, "FEWER_THAN_" + policy.minBidsToOpen() + "_BIDS") : lot.with(next));
        return next;
    }

    /** The opening record is published: OPENING → EVALUATION. */
    public void openingConcluded(LotId lotId) {
        advance(lotId, TenderAction.CONCLUDE_OPENING, LotStatus.OPENING, LotStatus.EVALUATION);
    }

    /** The committee's report names the candidates: EVALUATION → CANDIDATE_PUBLICITY. */
    public void evaluationConcluded(LotId lotId) {
        advance(lotId, TenderAction.CONCLUDE_EVALUATION, LotStatus.EVALUATION, LotStatus.CANDIDATE_PUBLICITY);
    }

    /**
     * The evaluation leaves no candidates to publish (too few valid bids, or all rejected): EVALUATION → FAILED with the
     * reason, terminal like a failure at the deadline (a re-tender is a new lot).
     */
    public void evaluationFailed(LotId lotId, String reason) {
        Lot lot = lot(lotId);
        requireLot(lot, TenderAction.FAIL_EVALUATION, LotStatus.EVALUATION);
        replaceLot(lot.ended(LotStatus.FAILED, reason));
    }

    /** The award notice after the publicity: CANDIDATE_PUBLICITY → AWARDED. */
    public void awarded(LotId lotId) {
        advance(lotId, TenderAction.AWARD, LotStatus.CANDIDATE_PUBLICITY, LotStatus.AWARDED);
    }

    public void contractRecorded(LotId lotId) {
        advance(lotId, TenderAction.RECORD_CONTRACT, LotStatus.AWARDED, LotStatus.CONTRACTED);
    }

    public void completed(LotId lotId) {
        advance(lotId, TenderAction.COMPLETE, LotStatus.CONTRACTED, LotStatus.COMPLETE);
    }

    /**
     * 重新招标 of a FAILED lot: a new DRAFT lot with the same terms, linked to the failed one (which stays FAILED: terminal
     * states never change), announced again on its own schedule.
     */
    public LotId retender(LotId failedLotId, TenderPolicy policy) {
        Lot failed = lot(failedLotId);
        requireLot(failed, TenderAction.RETENDER, FAILED);
        if (lots.stream().anyMatch(l -> failedLotId.equals(l.previousLot()))) {
            throw new IllegalTransitionException("RETENDERED", TenderAction.RETENDER.label(), List.of());
        }
        Lot again = newLot(lots.size() + 1, new LotSpec(failed.name(), failed.amount(), failed.deposit(),
                failed.bidValidityDays(), failed.decryptionWindow()), policy, failedLotId);
        lots.add(again);
        return again.id();
    }

    // ------------------------------------------------------------------ state

    /**
     * The project's stage, derived from its lots: the least advanced lot that is not terminal (a project is as far as
     * its slowest live lot), or, when every lot is terminal, COMPLETE if any completed, else the first lot's.
     */
    public LotStatus status() {
        return lots.stream().map(Lot::status).filter(s -> !s.terminal()).min(Enum::compareTo)
                .orElseGet(() -> lots.stream().anyMatch(l -> l.status() == LotStatus.COMPLETE) ? LotStatus.COMPLETE
                        : lots.getFirst().status());
    }

    /** The steps a user may take on the project now (the platform's own steps are not listed). */
    public Set<TenderAction> allowedActions() {
        Set<TenderAction> allowed = EnumSet.noneOf(TenderAction.class);
        boolean anyDraft = lots.stream().anyMatch(l -> l.status() == DRAFT);
        boolean allDraft = lots.stream().allMatch(l -> l.status() == DRAFT);
        boolean tendering = lots.stream().anyMatch(l -> l.status() == TENDERING);
        boolean openObjection = objections.stream().anyMatch(Objection::open);
        if (suspension != null) {
            allowed.add(TenderAction.RESUME);
            if (anyDraft || tendering) {
                allowed.add(TenderAction.CANCEL);
            }
            if (openObjection) {
                allowed.add(TenderAction.ANSWER_OBJECTION); // a suspension often waits for exactly this answer
            }
            return allowed;
        }
        if (allDraft) {
            allowed.add(TenderAction.EDIT);
        }
        if (anyDraft) {
            allowed.add(TenderAction.ANNOUNCE);
        }
        if (tendering) {
            allowed.addAll(List.of(TenderAction.AMEND, TenderAction.DOWNLOAD, TenderAction.FILE_OBJECTION));
        }
        if (openObjection) {
            allowed.add(TenderAction.ANSWER_OBJECTION);
        }
        if (anyDraft || tendering) {
            allowed.addAll(List.of(TenderAction.CANCEL, TenderAction.SUSPEND));
        }
        if (lots.stream().anyMatch(l -> l.status() == FAILED
                && lots.stream().noneMatch(o -> l.id().equals(o.previousLot())))) {
            allowed.add(TenderAction.RETENDER);
        }
        return allowed;
    }

    /** What the opening capability needs of a lot. */
    public LotFacts facts(LotId lotId) {
        Lot lot = lot(lotId);
        return new LotFacts(lot.id(), id, lot.status(), lot.bidDeadline(), lot.decryptionWindow(), openingBlocked(),
                suspension != null);
    }

    public Lot lot(LotId lotId) {
        return lots.stream().filter(l -> l.id().equals(lotId)).findFirst()
                .orElseThrow(() -> new BusinessRuleViolationException("LOT_UNKNOWN", "lotId",
                        "No lot " + lotId + " in project " + id, lotId, id));
    }

    public boolean hasLot(LotId lotId) {
        return lots.stream().anyMatch(l -> l.id().equals(lotId));
    }

    /** The earliest deadline of the lots still TENDERING, or null. */
    public Instant earliestDeadline() {
        return lots.stream().filter(l -> l.status() == TENDERING).map(Lot::bidDeadline).min(Instant::compareTo)
                .orElse(null);
    }

    /** Public once announced: a bidder sees the notice of a project with a lot past DRAFT. */
    public boolean published() {
        return lots.stream().anyMatch(l -> l.status() != DRAFT && l.schedule() != null);
    }

    // ------------------------------------------------------------------ helpers

    private void advance(LotId lotId, TenderAction action, LotStatus from, LotStatus to) {
        Lot lot = lot(lotId);
        requireLot(lot, action, from);
        replaceLot(lot.with(to));
    }

    private void require(TenderAction action) {
        if (!allowedActions().contains(action)) {
            throw new IllegalTransitionException(suspension != null ? "SUSPENDED" : status().name(), action.label(),
                    allowedActions().stream().map(TenderAction::label).toList());
        }
    }

    private void requireLot(Lot lot, TenderAction action, LotStatus expected) {
        // the deadline step answers a suspension with 422 OPENING_BLOCKED (the lot waits), not a 409
        boolean overlayBlocks = suspension != null && action != TenderAction.RETENDER
                && action != TenderAction.PASS_DEADLINE;
        if (lot.status() != expected || overlayBlocks) {
            throw new IllegalTransitionException(suspension != null ? "SUSPENDED" : lot.status().name(), action.label(),
                    allowedActions().stream().map(TenderAction::label).toList());
        }
    }

    private List<LotDeadline> deadlines() {
        return lots.stream().filter(l -> l.status() == TENDERING)
                .map(l -> new LotDeadline(l.id().toString(), l.bidDeadline())).toList();
    }

    private void replaceLots(Predicate<Lot> which, java.util.function.UnaryOperator<Lot> change) {
        lots = new ArrayList<>(lots.stream().map(l -> which.test(l) ? change.apply(l) : l).toList());
    }

    private void replaceLot(Lot changed) {
        replaceLots(l -> l.id().equals(changed.id()), l -> changed);
    }

    private static void requireReason(String reason, String code) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolationException(code, "reason", "This step states its reason");
        }
    }

    private static Lot newLot(int number, LotSpec l, TenderPolicy policy, LotId previous) {
        Duration window = l.decryptionWindow() == null ? policy.defaultDecryptionWindow() : l.decryptionWindow();
        return new Lot(LotId.newId(), number, l.name().strip(), l.amount(), l.deposit(), l.bidValidityDays(), window, DRAFT,
                null, previous, null);
    }

    private static void checkSpec(ProjectSpec spec, TenderPolicy policy) {
        if (spec.method() == null || !spec.method().supported()) {
            throw new BusinessRuleViolationException("PROCUREMENT_METHOD_NOT_SUPPORTED", "method",
                    "Only open tender (公开招标) is run on the platform so far; " + spec.method() + " is not", spec.method());
        }
        if (spec.title() == null || spec.title().isBlank()) {
            throw new BusinessRuleViolationException("PROJECT_TITLE_REQUIRED", "title", "A project has a title");
        }
        if (RegionCode.parse(spec.region()).isEmpty()) {
            throw new BusinessRuleViolationException("REGION_INVALID", "region",
                    "Not a GB/T 2260 region code: " + spec.region(), spec.region());
        }
        if (spec.lots().isEmpty()) {
            throw new BusinessRuleViolationException("LOTS_REQUIRED", "lots", "A project has at least one lot");
        }
        for (int i = 0; i < spec.lots().size(); i++) {
            LotSpec l = spec.lots().get(i);
            String field = "lots[" + i + "]";
            if (l.name() == null || l.name().isBlank() || l.amount() == null || l.amount().amount().signum() <= 0) {
                throw new BusinessRuleViolationException("LOT_INCOMPLETE", field,
                        "A lot has a name and a positive estimate or budget");
            }
            if (l.bidValidityDays() < 1) {
                throw new BusinessRuleViolationException("BID_VALIDITY_REQUIRED", field + ".bidValidityDays",
                        "A lot states how many days bids stay valid");
            }
            if (l.decryptionWindow() != null && (l.decryptionWindow().isNegative() || l.decryptionWindow().isZero())) {
                throw new BusinessRuleViolationException("DECRYPTION_WINDOW_INVALID", field + ".decryptionWindowMinutes",
                        "A decryption window lasts at least a minute");
            }
            BigDecimal ceiling = l.amount().amount().multiply(policy.maxDepositRate()).setScale(2, RoundingMode.DOWN);
            if (l.deposit() != null && l.deposit().isGreaterThan(ceiling)) {
                throw new BusinessRuleViolationException("BID_SECURITY_ABOVE_LIMIT", field + ".deposit",
                        "A bid deposit is at most " + policy.maxDepositRate().movePointRight(2).stripTrailingZeros()
                                .toPlainString() + "% of the estimate or budget (招标投标法实施条例 第26条 / 政府采购法实施条例 第33条): "
                                + ceiling.toPlainString() + " yuan for this lot",
                        ceiling.toPlainString(), l.deposit().amount().toPlainString());
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, track, method, title, tenderee, agent, region, lots, amendments, objections, suspension,
                createdBy, createdAt, stateFunded, rowVersion);
    }

    public ProjectId id() { return id; }
    public Track track() { return track; }
    public ProcurementMethod method() { return method; }
    public String title() { return title; }
    public String tenderee() { return tenderee; }
    public String agent() { return agent; }
    public String region() { return region; }
    public boolean stateFunded() { return stateFunded; }
    public List<Lot> lots() { return List.copyOf(lots); }
    public List<Amendment> amendments() { return List.copyOf(amendments); }
    public List<Objection> objections() { return List.copyOf(objections); }
    public Suspension suspension() { return suspension; }
    public boolean suspended() { return suspension != null; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long rowVersion() { return rowVersion; }
    public boolean isNew() { return rowVersion < 0; }

    /** Everything stored of a project (rowVersion -1: not stored yet). */
    public record Snapshot(ProjectId id, Track track, ProcurementMethod method, String title, String tenderee,
            String agent, String region, List<Lot> lots, List<Amendment> amendments, List<Objection> objections,
            Suspension suspension, String createdBy, Instant createdAt, Boolean stateFunded, long rowVersion) {

        public Snapshot {
            lots = List.copyOf(lots);
            amendments = List.copyOf(amendments);
            objections = List.copyOf(objections);
        }
    }
}
