package org.example.gov.cases.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCount;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseRepository;
import org.example.gov.cases.casefile.CaseService;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.scope.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Progress queries, work lists, published results and statistics. */
@Service
public class CaseQueryService {

    /** Statistics may span at most this many days (a year and a bit), to keep the aggregation bounded. */
    static final int MAX_PERIOD_DAYS = 400;

    private final CaseRepository cases;
    private final CaseQueryRepository queries;
    private final CalendarReplica calendar;
    private final Clock clock;
    private final ProgressQueryAttemptRepository attempts;
    private final ProgressQueryLockout lockout;

    public CaseQueryService(CaseRepository cases, CaseQueryRepository queries, CalendarReplica calendar, Clock clock,
            ProgressQueryAttemptRepository attempts,
            @Value("${platform.cases.progress-query.max-failures:20}") int maxFailures,
            @Value("${platform.cases.progress-query.failure-window:P1D}") Duration failureWindow,
            @Value("${platform.cases.progress-query.lock-duration:PT30M}") Duration lockDuration) {
        this.cases = cases;
        this.queries = queries;
        this.calendar = calendar;
        this.clock = clock;
        this.attempts = attempts;
        this.lockout = new ProgressQueryLockout(maxFailures, failureWindow, lockDuration);
    }

    /**
     * A wrong query code answers exactly like an unknown case number (no way to probe which numbers exist), and both
     * count towards the number's lockout ({@link ProgressQueryLockout}).
     */
    public Progress progress(String caseNumber, String queryCode) {
        Instant now = clock.instant();
        Optional<ProgressQueryAttemptRepository.Attempts> counted = attempts.find(caseNumber);
        lockout.checkNotLocked(caseNumber, counted.map(ProgressQueryAttemptRepository.Attempts::lockedUntil).orElse(null), now);
        Case c = cases.findByNumber(caseNumber)
                .filter(found -> MessageDigest.isEqual(found.queryCode().getBytes(StandardCharsets.US_ASCII),
                        queryCode.getBytes(StandardCharsets.US_ASCII)))
                .orElse(null);
        if (c == null) {
            attempts.recordFailure(caseNumber, now, lockout.windowStart(now), lockout.maxFailures(), lockout.lockedUntil(now));
            throw CaseService.notFound(caseNumber);
        }
        if (counted.isPresent()) { // no write on the usual read
            attempts.clearFailures(caseNumber, now);
        }
        WorkingDayCount remaining = c.remainingWorkingDays(ShanghaiDate.today(clock), calendar.calendars());
        List<Progress.Step> steps = cases.history(c.id()).stream()
                .map(h -> new Progress.Step(h.action().label(), h.at(), h.location())).toList();
        return new Progress(c.caseNumber(), c.item().name(), c.item().department(), c.status().name(), c.submittedAt(),
                c.acceptedAt(), c.deadline() == null ? null : c.deadline().dueDate(),
                c.deadline() == null ? null : c.deadline().dueDateProvisional(),
                remaining == null ? null : remaining.days(), remaining != null && remaining.provisional(),
                c.decision() == null ? null : c.decision().outcome().name(),
                c.delivery() == null ? null : c.delivery().method().name(), c.origin().bundleId(), steps);
    }

    public Page<CaseSummary> list(CaseFilter filter, int page, int size) {
        return queries.list(filter, page, size);
    }

    public Page<PublishedResult> results(String region, String itemCode, int page, int size) {
        return queries.results(region, itemCode, page, size);
    }

    /** Over the cases of the supervisor's scope (their region and below) only. */
    public List<CaseStatistics> statistics(LocalDate from, LocalDate to, StatisticsGroup group, Scope scope,
            String region, String department) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_PERIOD_DAYS))) {
            throw new BusinessRuleViolationException("STATISTICS_PERIOD_INVALID", "to",
                    "The period runs from 'from' to 'to' (inclusive), at most " + MAX_PERIOD_DAYS + " days", MAX_PERIOD_DAYS);
        }
        return queries.statistics(from, to, ShanghaiDate.today(clock), group.column(), scope, region, department);
    }

    /** What statistics are grouped by. */
    public enum StatisticsGroup {
        REGION("region"), DEPARTMENT("department"), ITEM("item_code");

        private final String column;

        StatisticsGroup(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}
