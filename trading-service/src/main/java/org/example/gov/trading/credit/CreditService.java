package org.example.gov.trading.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.tender.Track;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bad-behaviour records ({@link CreditRecord} holds the rules). Who:
 * <ul>
 * <li>record, correct, revoke: TRADING_STAFF or SUPERVISOR whose reach covers the record's region (the issuing
 * department's); a record of another region answers 404, a new record for one 403 CREDIT_REGION_OUT_OF_SCOPE;</li>
 * <li>a subject's records, revoked and expired included: TRADING_STAFF and SUPERVISOR of any region — credit is shared
 * across the province (社会信用体系: one record bars everywhere), every read audited — and the subject itself (a bidder or
 * agent asking about its own account);</li>
 * <li>the organisations' barring records in force: public ({@link #publicBars}), as 信用中国 publishes 行政处罚 and
 * 政府采购严重违法失信行为记录名单; experts' records never are.</li>
 * </ul>
 * {@link #barring} is the seam the evaluation and the expert draw use, {@link #inForce} the evaluation's credit check
 * of a lot's bidders.
 */
public class CreditService {

    static final Set<Role> KEEPERS = Set.of(Role.TRADING_STAFF, Role.SUPERVISOR);
    static final Set<Role> SELF = Set.of(Role.BIDDER, Role.TENDER_AGENT);
    public static final int MAX_PAGE = 100;

    private final CreditRepository records;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public CreditService(CreditRepository records, Outbox outbox, AuditTrail audit, TransactionTemplate transactions,
            Clock clock) {
        this.records = records;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public CreditRecord record(CreditRecord.Facts facts, Actor actor) {
        if (facts.region() != null && !ScopePolicy.of(actor, KEEPERS).covers(facts.region(), null)) {
            throw new ForbiddenException("CREDIT_REGION_OUT_OF_SCOPE", "region",
                    "Staff and supervisors record decisions of their own region or below", facts.region());
        }
        CreditRecord r = CreditRecord.record(facts, actor.id(), clock.instant());
        transactions.executeWithoutResult(s -> {
            records.save(r);
            publish(r.recorded());
            audit.staffAction(actor, "trading.credit-record", "credit-record", r.id().toString());
        });
        return records.find(r.id()).orElseThrow();
    }

    public CreditRecord correct(UUID id, LocalDate from, LocalDate until, String reason, Actor actor) {
        return change(id, actor, "trading.credit-correct", (r, now) -> r.correct(from, until, reason, actor.id(), now));
    }

    public CreditRecord revoke(UUID id, String reason, Actor actor) {
        return change(id, actor, "trading.credit-revoke", (r, now) -> r.revoke(reason, actor.id(), now));
    }

    public CreditRecord get(UUID id, Actor actor) {
        CreditRecord r = records.find(id).filter(x -> readable(x.subjectId(), actor)).orElseThrow(() -> notFound(id));
        transactions.executeWithoutResult(s -> audit.staffAction(actor, "trading.credit-read", "credit-record",
                id.toString()));
        return r;
    }

    /** The subject's records, newest first: 404 CREDIT_SUBJECT_NOT_FOUND for a party asking about anyone but itself. */
    public List<CreditRecord> ofSubject(String subjectId, Actor actor) {
        if (!readable(subjectId, actor)) {
            throw new NotFoundException("CREDIT_SUBJECT_NOT_FOUND", "No credit records of {0} for you", subjectId);
        }
        List<CreditRecord> found = records.ofSubject(subjectId);
        transactions.executeWithoutResult(s -> audit.staffAction(actor, "trading.credit-read", "credit-subject",
                subjectId));
        return found;
    }

    /** The organisations' barring records in force today (Asia/Shanghai), newest first: open data. */
    public List<CreditRecord> publicBars(int page, int size) {
        return records.publicBars(ShanghaiDate.of(clock.instant()), page, size);
    }

    /**
     * For each of {@code subjects} barred from {@code trading} on {@code date}, the first record barring it (the
     * evaluation's and the expert draw's question; no audit: the platform asks, not a person).
     */
    public Map<String, CreditRecord> barring(SubjectKind kind, Collection<String> subjects, LocalDate date,
            Track trading) {
        Map<String, CreditRecord> bars = new LinkedHashMap<>();
        for (CreditRecord r : records.inForce(kind, Set.copyOf(subjects), date, true)) {
            if (r.barsOn(date, trading)) {
                bars.putIfAbsent(r.subjectId(), r);
            }
        }
        return bars;
    }

    /**
     * The records in force on {@code date} of these subjects, barring or not, oldest first (the qualification check's
     * question; the caller decides who may ask and audits it).
     */
    public List<CreditRecord> inForce(SubjectKind kind, Collection<String> subjects, LocalDate date) {
        return records.inForce(kind, Set.copyOf(subjects), date, false);
    }

    private boolean readable(String subjectId, Actor actor) {
        return ScopePolicy.actsAsStaff(actor, KEEPERS) && !ScopePolicy.of(actor, KEEPERS).isEmpty()
                || SELF.stream().anyMatch(actor::has) && actor.id().equals(subjectId);
    }

    private CreditRecord change(UUID id, Actor actor, String action,
            java.util.function.BiFunction<CreditRecord, Instant, CreditEvent> step) {
        transactions.executeWithoutResult(s -> {
            CreditRecord r = records.findForUpdate(id)
                    .filter(x -> ScopePolicy.of(actor, KEEPERS).covers(x.region(), null))
                    .orElseThrow(() -> notFound(id));
            CreditEvent e = step.apply(r, clock.instant());
            records.save(r);
            publish(e);
            audit.staffAction(actor, action, "credit-record", id.toString());
        });
        return records.find(id).orElseThrow();
    }

    private void publish(CreditEvent e) {
        outbox.publish(CreditEvent.TOPIC, e.type(), e.subjectId(), e);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("CREDIT_RECORD_NOT_FOUND", "No credit record {0}", id);
    }
}
