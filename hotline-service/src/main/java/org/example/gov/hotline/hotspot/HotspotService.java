package org.example.gov.hotline.hotspot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.hotline.ticket.Page;
import org.example.gov.hotline.ticket.TicketEvents;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 未诉先办: the hotspot scan (a scheduled job, like supervision). For today and yesterday (Asia/Shanghai; yesterday so a
 * spike of the last hours before midnight is not lost when a scan is missed), each (category, region) with at least the
 * minimum count is judged against its trailing days by {@link SpikeTest}; a spike is stored and published as
 * {@code gov.hotline.hotspot-detected.v1} once per (category, region, day) — in one transaction, and the unique key
 * keeps replicas scanning at once from raising it twice.
 */
@Service
public class HotspotService {

    public static final String EVENT_TYPE = "gov.hotline.hotspot-detected.v1";
    static final Set<Role> READERS = Set.of(Role.HOTLINE_AGENT, Role.SUPERVISOR);

    private final HotspotRepository hotspots;
    private final SpikeTest test;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public HotspotService(HotspotRepository hotspots, SpikeTest test, Outbox outbox, TransactionTemplate transactions,
            Clock clock) {
        this.hotspots = hotspots;
        this.test = test;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many warnings this scan raised */
    public int scan() {
        LocalDate today = ShanghaiDate.today(clock);
        return scan(today.minusDays(1)) + scan(today);
    }

    int scan(LocalDate day) {
        Instant start = startOf(day);
        Instant end = startOf(day.plusDays(1));
        Instant trailingStart = startOf(day.minusDays(test.trailingDays()));
        int raised = 0;
        for (HotspotRepository.DayCount c : hotspots.countsFrom(start, end, test.minCount())) {
            if (hotspots.raised(c.categoryCode(), c.region(), day)) {
                continue;
            }
            long trailing = hotspots.count(c.categoryCode(), c.region(), trailingStart, start);
            SpikeTest.Verdict verdict = test.judge(c.count(), trailing);
            if (verdict.spike() && raise(new HotspotWarning(UUID.randomUUID().toString(), c.categoryCode(),
                    c.region(), day, (int) c.count(), test.trailingDays(), trailing, verdict.expected(),
                    verdict.pValue(), clock.instant()))) {
                raised++;
            }
        }
        return raised;
    }

    private boolean raise(HotspotWarning w) {
        try {
            transactions.executeWithoutResult(status -> {
                hotspots.insert(w);
                outbox.publish(TicketEvents.TOPIC, EVENT_TYPE, w.id(), HotspotDetected.of(w, test));
            });
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another replica raised it first
        }
    }

    /** The warnings of the regions the centre's agents or supervisors reach, days in [from, to]. */
    public Page<HotspotWarning> list(Actor actor, LocalDate from, LocalDate to, int page, int size) {
        return hotspots.list(ScopePolicy.of(actor, READERS), from, to, page, size);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ShanghaiDate.ZONE).toInstant();
    }

    /** The event: the warning with the test's parameters, so a consumer can tell how sure it is. No personal data. */
    public record HotspotDetected(String warningId, String categoryCode, String region, LocalDate day, int dayCount,
            int trailingDays, long trailingCount, double expected, double pValue, double significance, int minCount,
            Instant detectedAt) {

        static HotspotDetected of(HotspotWarning w, SpikeTest test) {
            return new HotspotDetected(w.id(), w.categoryCode(), w.region(), w.day(), w.dayCount(), w.trailingDays(),
                    w.trailingCount(), w.expected(), w.pValue(), test.significance(), test.minCount(), w.detectedAt());
        }
    }
}
