package org.example.gov.trading.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.trading.tender.Track;

/**
 * A bad-behaviour record (不良行为记录) of a bidder, an agent or an expert: the misconduct, the decision that found it
 * (its document number, the issuing department and region, the legal basis) and the period it stays on record. A
 * record that {@code bars} keeps the subject out of the trading it names during its period:
 * <ul>
 * <li>a bidder's bid is invalid at evaluation when the bidder is barred on the bid deadline's date (scoring/), the
 * date the qualification is judged on (财库〔2016〕125号: credit is checked as at the deadline);</li>
 * <li>an expert barred on the draw date is never drawn (expert/);</li>
 * <li>{@code track} null bars every track; CONSTRUCTION (招标投标法实施条例 第67、68条: 1至3年内参加依法必须进行招标的项目的投标资格)
 * or GOVERNMENT_PROCUREMENT (政府采购法 第77条, 实施条例 第72条: 一至三年内禁止参加政府采购活动) only that one.</li>
 * </ul>
 * An organisation's bar runs at most {@value #MAX_BAR_YEARS} years, the longest the laws above allow (422
 * CREDIT_BAR_TOO_LONG); an expert's is not capped (实施条例 第72条 取消担任评标委员会成员的资格 has no end). The record is never
 * deleted: a correction of the period or a revocation is a new line of its history with its reason.
 */
public final class CreditRecord {

    static final int MAX_BAR_YEARS = 3;
    static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9_.@-]{1,100}");
    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final UUID id;
    private final SubjectKind subjectKind;
    private final String subjectId;
    private final String subjectName;
    private final String misconduct;
    private final String basis;
    private final String decisionRef;
    private final String department;
    private final String region;
    private final Track track;
    private final boolean bars;
    private LocalDate from;
    private LocalDate until;
    private final List<CreditChange> history;
    private final long rowVersion;

    private CreditRecord(Snapshot s) {
        this.id = s.id();
        this.subjectKind = s.subjectKind();
        this.subjectId = s.subjectId();
        this.subjectName = s.subjectName();
        this.misconduct = s.misconduct();
        this.basis = s.basis();
        this.decisionRef = s.decisionRef();
        this.department = s.department();
        this.region = s.region();
        this.track = s.track();
        this.bars = s.bars();
        this.from = s.from();
        this.until = s.until();
        this.history = new ArrayList<>(s.history());
        this.rowVersion = s.rowVersion();
    }

    /** What a decision states about the subject. {@code subjectName}: an organisation's name; never a person's. */
    public record Facts(SubjectKind subjectKind, String subjectId, String subjectName, String misconduct, String basis,
            String decisionRef, String department, String region, Track track, boolean bars, LocalDate from,
            LocalDate until) {
    }

    public static CreditRecord record(Facts f, String by, Instant now) {
        if (f.subjectKind() == null) {
            throw new BusinessRuleViolationException("CREDIT_FIELD_REQUIRED", "subjectKind", "{0} is required", "subjectKind");
        }
        if (f.subjectId() == null || !SUBJECT.matcher(f.subjectId()).matches()) {
            throw new BusinessRuleViolationException("CREDIT_SUBJECT_INVALID", "subjectId",
                    "A subject is named by its account or pool id (letters, digits, . _ @ -)");
        }
        if (f.subjectKind() == SubjectKind.EXPERT && !UUID_TEXT.matcher(f.subjectId()).matches()) {
            throw new BusinessRuleViolationException("CREDIT_SUBJECT_INVALID", "subjectId",
                    "An expert is named by the id of their entry in the expert pool");
        }
        if (f.subjectKind() == SubjectKind.EXPERT && f.subjectName() != null && !f.subjectName().isBlank()) {
            throw new BusinessRuleViolationException("CREDIT_EXPERT_NAME_NOT_KEPT", "subjectName",
                    "An expert is named by the pool id only: a person's name is not kept in a credit record");
        }
        required("misconduct", f.misconduct());
        required("basis", f.basis());
        required("decisionRef", f.decisionRef());
        required("department", f.department());
        if (f.region() == null || RegionCode.parse(f.region()).isEmpty()) {
            throw new BusinessRuleViolationException("REGION_INVALID", "region",
                    "Region " + f.region() + " is not a GB/T 2260 code", f.region());
        }
        checkPeriod(f.subjectKind(), f.bars(), f.from(), f.until());
        CreditChange first = new CreditChange(CreditChange.Kind.RECORDED, f.from(), f.until(), null, by, now);
        return new CreditRecord(new Snapshot(UUID.randomUUID(), f.subjectKind(), f.subjectId(),
                blankToNull(f.subjectName()), f.misconduct().strip(), f.basis().strip(), f.decisionRef().strip(),
                f.department().strip(), f.region(), f.track(), f.bars(), f.from(), f.until(), List.of(first), -1));
    }

    public static CreditRecord restore(Snapshot s) {
        return new CreditRecord(s);
    }

    /** A new period after a reconsideration or a judgment (409 once revoked). */
    public CreditEvent correct(LocalDate newFrom, LocalDate newUntil, String reason, String by, Instant now) {
        requireNotRevoked("correction");
        required("reason", reason);
        checkPeriod(subjectKind, bars, newFrom, newUntil);
        from = newFrom;
        until = newUntil;
        history.add(new CreditChange(CreditChange.Kind.CORRECTED, newFrom, newUntil, reason.strip(), by, now));
        return new CreditEvent.CreditCorrected(id.toString(), subjectKind.name(), subjectId, bars, from, until, now);
    }

    /** The decision withdrawn or annulled: the record stays, barring nothing (409 when already revoked). */
    public CreditEvent revoke(String reason, String by, Instant now) {
        requireNotRevoked("revocation");
        required("reason", reason);
        history.add(new CreditChange(CreditChange.Kind.REVOKED, from, until, reason.strip(), by, now));
        return new CreditEvent.CreditRevoked(id.toString(), subjectKind.name(), subjectId, now);
    }

    public CreditEvent recorded() {
        return new CreditEvent.CreditRecorded(id.toString(), subjectKind.name(), subjectId, bars,
                track == null ? null : track.name(), from, until, region, history.getFirst().at());
    }

    /** In force on the date: not revoked and the date within the period (both ends included, Shanghai dates). */
    public boolean inForceOn(LocalDate date) {
        return !revoked() && !date.isBefore(from) && !date.isAfter(until);
    }

    /** Whether it keeps the subject out of the trading of {@code trading} on {@code date}. */
    public boolean barsOn(LocalDate date, Track trading) {
        return bars && inForceOn(date) && (track == null || track == trading);
    }

    public boolean revoked() {
        return history.stream().anyMatch(c -> c.kind() == CreditChange.Kind.REVOKED);
    }

    /** How the evaluation names it as the reason a bid is invalid. */
    public String citation() {
        return "信用记录 " + id + "（" + decisionRef + "，" + department + "，" + basis + "）" + from + " 至 " + until
                + " 禁止参加：" + misconduct;
    }

    private void requireNotRevoked(String attempted) {
        if (revoked()) {
            throw new IllegalTransitionException("REVOKED", attempted, List.of());
        }
    }

    private static void checkPeriod(SubjectKind kind, boolean bars, LocalDate from, LocalDate until) {
        if (from == null || until == null || until.isBefore(from)) {
            throw new BusinessRuleViolationException("CREDIT_PERIOD_INVALID", "until",
                    "A record runs from a date to the same or a later date");
        }
        if (bars && kind != SubjectKind.EXPERT && !until.isBefore(from.plusYears(MAX_BAR_YEARS))) {
            throw new BusinessRuleViolationException("CREDIT_BAR_TOO_LONG", "until",
                    "An organisation is barred for at most {0} years (from {1}: until {2} at the latest)",
                    MAX_BAR_YEARS, from, from.plusYears(MAX_BAR_YEARS).minusDays(1));
        }
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleViolationException("CREDIT_FIELD_REQUIRED", field, "{0} is required", field);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Snapshot snapshot() {
        return new Snapshot(id, subjectKind, subjectId, subjectName, misconduct, basis, decisionRef, department, region,
                track, bars, from, until, List.copyOf(history), rowVersion);
    }

    public UUID id() { return id; }
    public SubjectKind subjectKind() { return subjectKind; }
    public String subjectId() { return subjectId; }
    public String subjectName() { return subjectName; }
    public String misconduct() { return misconduct; }
    public String basis() { return basis; }
    public String decisionRef() { return decisionRef; }
    public String department() { return department; }
    public String region() { return region; }
    public Track track() { return track; }
    public boolean bars() { return bars; }
    public LocalDate from() { return from; }
    public LocalDate until() { return until; }
    public List<CreditChange> history() { return List.copyOf(history); }
    public long rowVersion() { return rowVersion; }

    /** Everything stored (rowVersion -1: not stored yet). */
    public record Snapshot(UUID id, SubjectKind subjectKind, String subjectId, String subjectName, String misconduct,
            String basis, String decisionRef, String department, String region, Track track, boolean bars,
            LocalDate from, LocalDate until, List<CreditChange> history, long rowVersion) {
    }
}
